package org.trustfund.setup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionReceived;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.outbox.OutboxRetry;
import org.trustfund.outbox.OwedDelivery;
import org.trustfund.proposals.Fixtures;

/** Contributions and owed messages on the nodes of {@link ClusterPostgresTest}. Tests only. */
final class ClusterContributions {

	/** The outbox listener that delivers {@link ContributionReceived} (see {@code ContributionMessage}). */
	static final String LISTENER = "donors.contribution-received";
	/** The start of the names of the donors made here. */
	static final String DONOR = "Cluster donor ";

	private ClusterContributions() {
	}

	/**
	 * Records contributions through each node's {@link ContributionService} at the same time: {@code threads}
	 * threads per node, {@code each} contributions per thread, each with its own donor and amount.
	 * @return the sum of the amounts recorded, USD
	 */
	static BigDecimal recordAtOnce(List<ConfigurableApplicationContext> nodes, int threads, int each)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(nodes.size() * threads);
		List<Future<BigDecimal>> work = new ArrayList<>();
		for (int t = 0; t < nodes.size() * threads; t++) {
			ConfigurableApplicationContext node = nodes.get(t % nodes.size());
			int thread = t;
			work.add(pool.submit(() -> {
				BigDecimal sum = BigDecimal.ZERO;
				for (int k = 1; k <= each; k++) {
					BigDecimal amount = new BigDecimal(1000 * (thread + 1) + k + ".25");
					payInto(node, amount.toPlainString());
					sum = sum.add(amount);
				}
				return sum;
			}));
		}
		BigDecimal total = BigDecimal.ZERO;
		for (Future<BigDecimal> result : work) {
			total = total.add(result.get());
		}
		pool.shutdown();
		return total;
	}

	/** One contribution in USD from a new donor, recorded on {@code node}. */
	static void payInto(ConfigurableApplicationContext node, String usd) {
		Donor donor = node.getBean(DonorService.class).create(new DonorForm(DONOR + Fixtures.unique("d"),
				DonorKind.FOUNDATION, "", false, "", "", ""), "cluster-test");
		node.getBean(ContributionService.class).record(new ContributionForm(donor.getId(), null, LocalDate.now(),
				new BigDecimal(usd), "USD", new BigDecimal(usd), Fixtures.unique("CLUSTER-"), false, null),
				"cluster-test");
	}

	/** The deliveries of {@link ContributionReceived} still owed, as {@code node} reads them. */
	static List<OwedDelivery> owed(ConfigurableApplicationContext node) {
		return node.getBean(OutboxRetry.class).owed().stream().filter(o -> o.listener().equals(LISTENER)).toList();
	}

	/** Waits until no delivery of {@link ContributionReceived} is owed, at most {@code limit}. */
	static void awaitNothingOwed(ConfigurableApplicationContext node, Duration limit) throws InterruptedException {
		long until = System.nanoTime() + limit.toNanos();
		while (!owed(node).isEmpty() && System.nanoTime() < until) {
			Thread.sleep(250);
		}
	}

	/** Starts a process that waits for the message {@link ContributionReceived#MESSAGE}; returns its id. */
	static String startAWaiterForMoney(ConfigurableApplicationContext node) {
		node.getBean(RepositoryService.class).createDeployment()
			.addModelInstance("cluster-waiter.bpmn", Bpmn.createExecutableProcess("clusterWaitsForMoney")
				.camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent()
				.message(ContributionReceived.MESSAGE).endEvent().done())
			.deploy();
		return node.getBean(RuntimeService.class).startProcessInstanceByKey("clusterWaitsForMoney").getId();
	}

	/** True once the process instance has ended. */
	static boolean finished(ConfigurableApplicationContext node, String processInstanceId) {
		return node.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId).finished().count() == 1;
	}
}
