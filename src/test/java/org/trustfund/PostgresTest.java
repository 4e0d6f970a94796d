package org.trustfund;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The production profile {@code postgres} on a real PostgreSQL server (the one {@code .ci/run} uses:
 * 127.0.0.1:5432, database {@code test}, user {@code postgres} without password), in a schema of its own that
 * is dropped and made anew when the tests' shared context starts, so Flyway and Camunda create every table.
 * Run with {@code mvn -Ppostgres-tests test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@SpringBootTest(properties = { IntegrationTest.CONFIG_LOCATION, "spring.datasource.username=postgres",
		"spring.datasource.password=", "spring.datasource.url=" + PostgresTest.URL,
		"camunda.bpm.database.schema-name=" + PostgresTest.SCHEMA,
		"camunda.bpm.database.table-prefix=" + PostgresTest.SCHEMA + "." })
@AutoConfigureMockMvc
@Import(MockMvcSessions.class)
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = PostgresTest.FreshSchema.class)
public @interface PostgresTest {

	String SCHEMA = "trustfund_test";
	String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
	String URL = SERVER + "?currentSchema=" + SCHEMA;

	/** Runs once per context, before Flyway and Camunda start: the database may hold earlier runs' tables. */
	class FreshSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + SCHEMA + " cascade");
				statement.execute("create schema " + SCHEMA);
			}
			catch (SQLException e) {
				throw new IllegalStateException("No PostgreSQL at " + SERVER + " (see README: PostgreSQL tests)", e);
			}
		}
	}
}
