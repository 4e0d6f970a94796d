package org.trustfund.security.camunda;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs the {@link EngineGuard} in the process engine (Camunda's Spring Boot starter applies every
 * {@code ProcessEnginePlugin} bean before the engine is built).
 */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineGuard.install(configuration);
	}
}
