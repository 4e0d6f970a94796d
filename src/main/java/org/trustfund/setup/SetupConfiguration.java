package org.trustfund.setup;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Database set-up order: Flyway first (it creates Camunda's tables, see {@link CamundaSchemaMigration}),
 * then Camunda's process engine, which only checks its schema ({@code schema-update: false}).
 */
@Configuration(proxyBeanMethods = false)
class SetupConfiguration {

	/** Spring Boot hands every {@link JavaMigration} bean to Flyway. */
	@Bean
	JavaMigration camundaSchemaMigration() {
		return new CamundaSchemaMigration();
	}

	/** The process engine waits for Flyway: a static bean, since it changes other beans' definitions. */
	@Bean
	static ProcessEngineAfterFlyway processEngineAfterFlyway() {
		return new ProcessEngineAfterFlyway();
	}

	static class ProcessEngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

		ProcessEngineAfterFlyway() {
			super(ProcessEngine.class, FlywayMigrationInitializer.class);
		}
	}
}
