package org.trustfund.setup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Flyway migration {@code V2}: creates Camunda's own tables with the create scripts shipped in the
 * camunda-engine jar ({@code org/camunda/bpm/engine/db/create/activiti.<db>.create.<part>.sql}), in the
 * order Camunda's {@code DbSqlSession.dbSchemaCreate} runs them. Flyway holds its lock meanwhile, so two
 * nodes starting together on an empty database create the schema once; the engine itself runs with
 * {@code camunda.bpm.database.schema-update: false}.
 * <p>
 * A database whose Camunda tables were created earlier by the engine (before this migration existed)
 * already holds {@code ACT_GE_PROPERTY}: then nothing is done. Databases: PostgreSQL and H2; any other
 * throws a {@link FlywayException} and stops the start.
 */
class CamundaSchemaMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(CamundaSchemaMigration.class);
	private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";
	/** DbSqlSession.dbSchemaCreate's order: engine, history, identity, case (CMMN), decision (DMN). */
	static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
			"decision.engine", "decision.history");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2");
	}

	@Override
	public String getDescription() {
		return "camunda schema";
	}

	/** No checksum: the scripts change with Camunda's version, and an applied V2 must stay valid. */
	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (camundaTablesExist(connection)) {
			log.info("Camunda's tables exist already (created by the engine before V2): nothing to create");
			return;
		}
		String database = camundaName(connection.getMetaData().getDatabaseProductName());
		for (String part : PARTS) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPTS.formatted(database, part)));
		}
		log.info("Created Camunda's tables on {}", database);
	}

	/** Camunda's name of the database: {@code postgres} or {@code h2}. */
	static String camundaName(String productName) {
		if (productName.equalsIgnoreCase("PostgreSQL")) {
			return "postgres";
		}
		if (productName.equalsIgnoreCase("H2")) {
			return "h2";
		}
		throw new FlywayException("Camunda's schema: no create scripts chosen for " + productName
				+ " (PostgreSQL and H2 are supported)");
	}

	private static boolean camundaTablesExist(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
			try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}
}
