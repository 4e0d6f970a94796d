package org.trustfund.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * HTTP sessions live in the database (Spring Session JDBC), so every node behind the load balancer knows
 * them: after a form log-in the session is a row of {@code SPRING_SESSION}, and Camunda's webapps, which
 * keep their own login in that session, still let the administrator into Cockpit.
 */
@ServerTest
class SharedSessionTest {

	@LocalServerPort
	int port;
	@Autowired
	UserService users;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFormLogInIsStoredInTheDatabaseAndTheAdministratorReachesCockpit() throws Exception {
		String admin = TestData.unique("sess_admin");
		TestData.staff(users, admin, Role.ADMIN);
		String base = "http://localhost:" + port;
		Browser browser = new Browser();

		assertThat(browser.logIn(base, admin, TestData.PASSWORD)).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", Integer.class,
				admin)).isEqualTo(1);

		HttpResponse<String> cockpit = browser.get(base, "/camunda/app/cockpit/default/", "text/html");
		assertThat(cockpit.statusCode()).isEqualTo(200);
		assertThat(cockpit.body()).contains("<base href=\"/camunda/app/");
		HttpResponse<String> camundaUser = browser.get(base, "/camunda/api/admin/auth/user/default",
				"application/json");
		assertThat(camundaUser.statusCode()).isEqualTo(200);
		assertThat(camundaUser.body()).contains("\"userId\":\"" + admin + "\"").contains("\"cockpit\"");
		HttpResponse<String> processes = browser.get(base,
				"/camunda/api/engine/engine/default/process-definition/count", "application/json");
		assertThat(processes.statusCode()).isEqualTo(200);
		assertThat(processes.body()).doesNotContain("\"count\":0");
	}
}
