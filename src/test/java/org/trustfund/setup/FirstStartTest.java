package org.trustfund.setup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.trustfund.IntegrationTest;
import org.trustfund.TrustFundApplication;
import org.trustfund.calls.CallService;
import org.trustfund.donors.DonorService;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;

/**
 * A real fund's first starts, one after the other on one empty database without the demo profile: no
 * administrator and no settings, a password too short, the first administrator from the settings, and a
 * later start that leaves that administrator alone. Four starts in all (each costs seconds of the suite), so
 * each start checks everything that holds for it. Each start is a whole application behind a real server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

	private static final String PASSWORD = "first-admin-password-1";

	private final String database = "jdbc:h2:mem:first-start-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Test
	@Order(1)
	void withoutAdministratorOrSettingsSaysHowToCreateOneAndIsReadyOnlyAfterTheStartupData(CapturedOutput output)
			throws Exception {
		try (ConfigurableApplicationContext context = start(ReadinessRecorder.class)) {
			assertThat(administrators(context)).isEmpty();
			assertThat(output).contains("No administrator exists and none is configured")
				.contains("TRUSTFUND_ADMIN_USERNAME");

			assertThat(context.getBean(ReadinessRecorder.class).seen).containsExactly(ReadinessState.REFUSING_TRAFFIC);
			assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
				.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
			Browser anonymous = new Browser();
			var readiness = anonymous.get(baseUrl(context), "/actuator/health/readiness", "application/json");
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).contains("\"status\":\"UP\"");
			assertThat(anonymous.get(baseUrl(context), "/actuator/health/liveness", "application/json").statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	@Order(2)
	void refusesAPasswordShorterThanTwelveCharacters() throws Exception {
		assertThatThrownBy(() -> start("--trustfund.setup.admin.username=founder",
				"--trustfund.setup.admin.password=short-pass1")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("TRUSTFUND_ADMIN_PASSWORD must have at least 12 characters");
		// The database outlives the refused start (DB_CLOSE_DELAY=-1): nobody was written into it.
		try (Connection db = DriverManager.getConnection(database, "sa", "");
				ResultSet users = db.createStatement().executeQuery("select count(*) from app_user")) {
			users.next();
			assertThat(users.getInt(1)).as("users after the refused start").isZero();
		}
	}

	@Test
	@Order(3)
	void createsTheFirstAdministratorWhoCanLogInAndNoDemoData() throws Exception {
		try (ConfigurableApplicationContext context = start("--trustfund.setup.admin.username=founder",
				"--trustfund.setup.admin.password=" + PASSWORD, "--trustfund.setup.admin.email=founder@fund.example")) {
			List<UserAccount> admins = administrators(context);
			assertThat(admins).extracting(UserAccount::getUsername).containsExactly("founder");
			assertThat(admins.get(0).getEmail()).isEqualTo("founder@fund.example");
			assertThat(context.getBean(UserService.class).all()).hasSize(1);
			assertThat(context.getBean(CallService.class).all()).isEmpty();
			assertThat(context.getBean(DonorService.class).all()).isEmpty();

			Browser browser = new Browser();
			assertThat(browser.logIn(baseUrl(context), "founder", PASSWORD)).isTrue();
			assertThat(browser.get(baseUrl(context), "/api/admin/users", "application/json").statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	@Order(4)
	void aLaterStartNeitherCreatesNorChangesTheAdministrator(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = start("--trustfund.setup.admin.username=other",
				"--trustfund.setup.admin.password=another-long-password")) {
			assertThat(administrators(context)).extracting(UserAccount::getUsername).containsExactly("founder");
			assertThat(new Browser().logIn(baseUrl(context), "founder", PASSWORD)).isTrue();
			assertThat(new Browser().logIn(baseUrl(context), "other", "another-long-password")).isFalse();
			assertThat(output).contains("An administrator exists").contains("remove them from the environment");
		}
	}

	/** A start-up step of the test: the readiness state while the start-up data are being written. */
	static class ReadinessRecorder implements StartupStep {

		final List<ReadinessState> seen = new ArrayList<>();
		private final ApplicationAvailability availability;

		ReadinessRecorder(ApplicationAvailability availability) {
			this.availability = availability;
		}

		@Override
		public void run() {
			seen.add(availability.getReadinessState());
		}
	}

	private ConfigurableApplicationContext start(String... args) {
		return start(null, args);
	}

	private ConfigurableApplicationContext start(Class<?> extra, String... args) {
		List<String> all = new ArrayList<>(List.of("--" + IntegrationTest.CONFIG_LOCATION,
				"--spring.profiles.active=test", "--spring.datasource.url=" + database, "--server.port=0",
				// Camunda keeps engines in a static registry by name: closing an engine named "default" here would
				// unregister the one the cached test contexts' REST API looks up.
				"--camunda.bpm.generate-unique-process-engine-name=true",
				// Camunda's webapps keep a static runtime delegate that closing this context would clear for the
				// server test context as well; these starts need no webapp.
				"--camunda.bpm.webapp.enabled=false"));
		all.addAll(List.of(args));
		SpringApplicationBuilder builder = extra == null ? new SpringApplicationBuilder(TrustFundApplication.class)
				: new SpringApplicationBuilder(TrustFundApplication.class, extra);
		return builder.run(all.toArray(String[]::new));
	}

	private static List<UserAccount> administrators(ConfigurableApplicationContext context) {
		return context.getBean(UserService.class).all().stream().filter(u -> u.getRoles().contains(Role.ADMIN)).toList();
	}

	private static String baseUrl(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}
}
