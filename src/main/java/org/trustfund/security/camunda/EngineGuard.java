package org.trustfund.security.camunda;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses, whatever the caller's Camunda authorizations, the {@link BusinessCommands} that arrive from
 * outside the application: business tasks and process data change only through the application's own
 * services, which check its rules (who may vote, what a screening decides, which organisation owns a
 * proposal).
 * <p>
 * "From outside" means: a top-level command (no command of the engine is running on this thread, not
 * even one whose transaction has just ended) while a Camunda authentication is set. Camunda's REST API
 * ({@code /engine-rest}) and its webapps ({@code /camunda/api/...}) set one for every request; the
 * application's services never do: nothing under {@code src/main} calls {@code setAuthentication} or
 * {@code setAuthenticatedUserId} on the {@link IdentityService} (checked with grep when this guard was
 * written; keep it so). Commands that a refused-for-outsiders command runs inside itself, and the job
 * executor (which has no authentication), are not affected.
 * <p>
 * Throws an {@link AuthorizationException}, which Camunda's REST API answers with 403; it is thrown
 * before the command opens a transaction, so nothing is changed.
 */
final class EngineGuard extends CommandInterceptor {

	static final String MESSAGE = "Business tasks and process data change only through the application's task list";

	/** How many commands this thread is inside, counted across both interceptor chains. */
	private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

	private final ProcessEngineConfigurationImpl configuration;

	/** @param configuration the engine's; its identity service holds the thread's Camunda authentication */
	EngineGuard(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	@Override
	public <T> T execute(Command<T> command) {
		int[] depth = DEPTH.get();
		if (depth[0] == 0 && Context.getCommandContext() == null) {
			Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
			if (authentication != null && BusinessCommands.changesBusinessData(command)) {
				throw new AuthorizationException(MESSAGE + " (refused " + command.getClass().getSimpleName()
						+ " for user " + authentication.getUserId() + ")");
			}
		}
		depth[0]++;
		try {
			return next.execute(command);
		}
		finally {
			depth[0]--;
			if (depth[0] == 0) {
				DEPTH.remove();
			}
		}
	}

	/** Puts a guard in front of both command chains (transaction required, and requires new). */
	static void install(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPreCommandInterceptorsTxRequired(
				withGuard(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(
				withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration));
	}

	private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing,
			ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		interceptors.add(new EngineGuard(configuration));
		if (existing != null) {
			interceptors.addAll(existing);
		}
		return interceptors;
	}
}
