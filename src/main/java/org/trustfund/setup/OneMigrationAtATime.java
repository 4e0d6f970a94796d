package org.trustfund.setup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nodes that start together on an empty PostgreSQL database migrate one after the other. Flyway holds its own
 * lock only once its schema history table exists; before that, two nodes both found no history table, one
 * created it, and the other then refused to start ("Unable to baseline schema history table ... as it already
 * exists, and is empty"). A session-level advisory lock, held on a connection of its own around the whole
 * migration, makes the second node wait and then find everything migrated. Other databases (H2) migrate as
 * before: one embedded node has nobody to race.
 */
@Configuration(proxyBeanMethods = false)
class OneMigrationAtATime {

	/** Any fixed number: the advisory lock's key, shared by every node of one fund's database. */
	static final long LOCK_KEY = 7_106_350_042L;

	@Bean
	FlywayMigrationStrategy migrationUnderAdvisoryLock(DataSource dataSource) {
		return flyway -> migrate(flyway, dataSource);
	}

	private static void migrate(Flyway flyway, DataSource dataSource) {
		try (Connection lock = dataSource.getConnection()) {
			boolean postgres = lock.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
			if (!postgres) {
				flyway.migrate();
				return;
			}
			try (Statement s = lock.createStatement()) {
				s.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
			}
			try {
				flyway.migrate();
			}
			finally {
				try (Statement s = lock.createStatement()) {
					s.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not hold the migration lock: " + e.getMessage(), e);
		}
	}
}
