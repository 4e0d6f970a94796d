package org.trustfund.setup;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.trustfund.IntegrationTest;
import org.trustfund.TrustFundApplication;

/**
 * Application nodes of one JVM on one PostgreSQL database of the local server (127.0.0.1:5432, user postgres,
 * trust authentication), as the cluster tests and the cluster benchmark use them. Tests only.
 */
final class ClusterNodes {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private ClusterNodes() {
	}

	/**
	 * Makes {@code database} anew (empty) and starts {@code count} nodes on it at the same moment.
	 * @param initializer the initializer of node i (0-based), e.g. to register test beans
	 * @param args more command-line settings for every node
	 * @return the started nodes, in order
	 */
	static List<ConfigurableApplicationContext> startTogether(String database, int count,
			IntFunction<ApplicationContextInitializer<ConfigurableApplicationContext>> initializer, String... args)
			throws Exception {
		sql("drop database if exists " + database + " with (force)", "create database " + database);
		ExecutorService threads = Executors.newFixedThreadPool(count);
		CountDownLatch ready = new CountDownLatch(count);
		List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int node = i;
			starts.add(threads.submit(() -> {
				ready.countDown();
				ready.await();
				return node(database, initializer.apply(node), args);
			}));
		}
		List<ConfigurableApplicationContext> nodes = new ArrayList<>();
		try {
			for (Future<ConfigurableApplicationContext> start : starts) {
				nodes.add(start.get());
			}
			return nodes;
		}
		catch (Exception e) {
			for (Future<ConfigurableApplicationContext> start : starts) {
				try {
					start.get().close();
				}
				catch (Exception notStarted) {
					// this node failed; the first failure is thrown
				}
			}
			throw e;
		}
		finally {
			threads.shutdown();
		}
	}

	/** Closes the nodes and drops their database. */
	static void stop(String database, List<ConfigurableApplicationContext> nodes) throws SQLException {
		nodes.forEach(ConfigurableApplicationContext::close);
		sql("drop database if exists " + database + " with (force)");
	}

	static String baseUrl(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/** Runs statements on the server's {@code postgres} database (to make and drop test databases). */
	static void sql(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			for (String each : statements) {
				statement.execute(each);
			}
		}
	}

	/**
	 * A switch that makes one node's {@link RuntimeService} refuse to correlate one message while it is on, as
	 * if the node failed between the commit of a change and the delivery of the message the change owes.
	 */
	static final class FailingCorrelation implements BeanPostProcessor {

		private final String message;
		private final AtomicBoolean failing = new AtomicBoolean();

		FailingCorrelation(String message) {
			this.message = message;
		}

		void fail(boolean on) {
			failing.set(on);
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof RuntimeService runtime)) {
				return bean;
			}
			InvocationHandler handler = (proxy, method, args) -> {
				if (failing.get() && method.getName().equals("createMessageCorrelation") && message.equals(args[0])) {
					throw new ProcessEngineException("test: this node fails to deliver " + message);
				}
				try {
					return method.invoke(runtime, args);
				}
				catch (InvocationTargetException e) {
					throw e.getCause();
				}
			};
			return Proxy.newProxyInstance(RuntimeService.class.getClassLoader(), new Class<?>[] { RuntimeService.class },
					handler);
		}
	}

	private static ConfigurableApplicationContext node(String database,
			ApplicationContextInitializer<ConfigurableApplicationContext> initializer, String... args) {
		List<String> all = new ArrayList<>(List.of("--" + IntegrationTest.CONFIG_LOCATION,
				"--spring.datasource.url=" + SERVER + database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--camunda.bpm.job-execution.enabled=true",
				// Two engines in one JVM: Camunda's static registry needs a name for each (a closed node
				// would otherwise unregister the "default" engine of the other contexts).
				"--camunda.bpm.generate-unique-process-engine-name=true"));
		all.addAll(List.of(args));
		return new SpringApplicationBuilder(TrustFundApplication.class).initializers(initializer)
			.listeners(new OneLoggingSetUpAtATime()).run(all.toArray(String[]::new));
	}

	/**
	 * Spring Boot sets up the logging system (one per JVM, not per node) at the start of each application;
	 * two at once in one JVM fail ({@code ConcurrentModificationException} in Logback). This lets one node at a
	 * time through that first second, up to its context's initialization; all the rest (Flyway, the engine,
	 * the start-up data) runs at the same moment. Separate processes have no such shared state.
	 */
	private static final class OneLoggingSetUpAtATime implements ApplicationListener<SpringApplicationEvent> {

		private static final Semaphore LOGGING = new Semaphore(1);
		private final AtomicBoolean holding = new AtomicBoolean();

		@Override
		public void onApplicationEvent(SpringApplicationEvent event) {
			if (event instanceof ApplicationStartingEvent) {
				LOGGING.acquireUninterruptibly();
				holding.set(true);
			}
			else if ((event instanceof ApplicationContextInitializedEvent || event instanceof ApplicationFailedEvent)
					&& holding.compareAndSet(true, false)) {
				LOGGING.release();
			}
		}
	}
}
