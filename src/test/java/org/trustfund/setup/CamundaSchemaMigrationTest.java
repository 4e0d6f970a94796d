package org.trustfund.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * {@link CamundaSchemaMigration} on plain H2 databases, without Spring: it creates Camunda's whole schema on
 * an empty database, and leaves alone a database whose Camunda tables the engine made before V2 existed.
 */
class CamundaSchemaMigrationTest {

	private final DriverManagerDataSource database = new DriverManagerDataSource(
			"jdbc:h2:mem:camunda-schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	private final JdbcTemplate jdbc = new JdbcTemplate(database);

	@Test
	void createsCamundasWholeSchemaOnAnEmptyDatabase() {
		flyway().target("2").load().migrate();

		assertThat(tables()).contains("ACT_GE_PROPERTY", "ACT_RU_JOB", "ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_USER",
				"ACT_RE_CASE_DEF", "ACT_HI_CASEINST", "ACT_RE_DECISION_DEF", "ACT_HI_DECINST");
		assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).contains("7.24.0");
		assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY where NAME_ = 'startup.lock'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void leavesTheTablesOfAnEngineThatCreatedThemBeforeV2() {
		// A database of before V2: the application's migrations up to V60, Camunda's engine tables by the engine.
		applicationMigrations().target("60").load().migrate();
		new ResourceDatabasePopulator(
				new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql")).execute(database);

		flyway().outOfOrder(true).load().migrate();

		String v2 = "select \"success\" from \"flyway_schema_history\" where \"version\" = '2'";
		assertThat(jdbc.queryForObject(v2, Boolean.class)).isTrue();
		assertThat(tables()).contains("ACT_RU_TASK", "STARTUP_LOCK", "SPRING_SESSION").doesNotContain("ACT_HI_PROCINST");
	}

	@Test
	void knowsOnlyPostgresqlAndH2() {
		assertThat(CamundaSchemaMigration.camundaName("PostgreSQL")).isEqualTo("postgres");
		assertThat(CamundaSchemaMigration.camundaName("H2")).isEqualTo("h2");
		assertThatThrownBy(() -> CamundaSchemaMigration.camundaName("MySQL")).isInstanceOf(FlywayException.class)
			.hasMessageContaining("MySQL");
	}

	private FluentConfiguration flyway() {
		return applicationMigrations().javaMigrations(new CamundaSchemaMigration());
	}

	private FluentConfiguration applicationMigrations() {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration");
	}

	private List<String> tables() {
		return jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC'",
				String.class);
	}
}
