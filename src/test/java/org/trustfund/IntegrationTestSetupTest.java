package org.trustfund;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The shared test context really is what {@link IntegrationTest} promises. */
@IntegrationTest
class IntegrationTestSetupTest {

	@Autowired
	Environment environment;
	@Autowired
	ProcessEngine engine;

	@Test
	void runsOnAnInMemoryDatabase() {
		assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:");
	}

	@Test
	void leavesJobsToTheTests() {
		var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(configuration.getJobExecutor().isActive()).isFalse();
		assertThat(environment.getProperty("camunda.bpm.job-execution.enabled")).isEqualTo("false");
	}
}
