package org.trustfund.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.PostgresTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * The production profile {@code postgres} (config/application-postgres.yaml) on a real PostgreSQL server:
 * Flyway creates the application's tables and Camunda its ACT_* tables in a fresh schema, and an NGO is
 * signed up and verified through the API. Run with {@code mvn -Ppostgres-tests test}; needs the server
 * of {@code .ci/run} (127.0.0.1:5432, database {@code test}, user {@code postgres} without password).
 */
@PostgresTest
class PostgresOnboardingTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	ObjectMapper json;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	ProcessEngine engine;
	@Autowired
	TaskService tasks;
	@Autowired
	UserService users;
	@Autowired
	OrganisationService organisations;

	@Test
	void runsOnPostgresWithFlywayAndCamundaTables() {
		assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(PostgresTest.SCHEMA);
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
				String.class)).contains("1", "1.1");
		List<String> camundaTables = jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = ? and table_name like 'act\\_%'""", String.class, PostgresTest.SCHEMA);
		assertThat(camundaTables).contains("act_ge_property", "act_re_procdef", "act_ru_task", "act_hi_procinst",
				"act_ru_job");
		assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(OnboardingProcess.KEY).count()).isEqualTo(1);
	}

	@Test
	void ngoSignsUpAndTheFundManagerVerifiesIt() throws Exception {
		String ngo = TestData.unique("pg_ngo");
		String manager = TestData.unique("pg_fm");
		TestData.staff(users, manager, Role.FUND_MANAGER);
		MockMultipartFile form = new MockMultipartFile("organisation", "", MediaType.APPLICATION_JSON_VALUE,
				json.writeValueAsBytes(TestData.signUp(ngo, "Nuevo Amanecer " + ngo)));
		String created = mvc.perform(multipart("/api/signup").file(form).file(TestData.pdfPart()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn().getResponse().getContentAsString();
		long id = json.readTree(created).get("id").asLong();

		Task verify = tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY).processInstanceBusinessKey(Long.toString(id)).singleResult();
		assertThat(verify.getTaskDefinitionKey()).isEqualTo(OnboardingProcess.VERIFY_TASK);
		mvc.perform(post("/api/tasks/" + verify.getId() + "/complete").with(httpBasic(manager, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"approve\"}"))
			.andExpect(status().isNoContent());

		assertThat(organisations.get(id).getStatus()).isEqualTo(OrganisationStatus.VERIFIED);
		mvc.perform(get("/api/organisations/" + id).with(httpBasic(ngo, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.verifiedAt").isNotEmpty());
		long document = organisations.documents(id).get(0).getId();
		mvc.perform(get("/organisations/" + id + "/documents/" + document).with(httpBasic(ngo, TestData.PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().bytes(TestData.pdfBytes()));
		assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY).processInstanceBusinessKey(Long.toString(id)).finished().count()).isEqualTo(1);
	}
}
