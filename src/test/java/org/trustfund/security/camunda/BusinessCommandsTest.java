package org.trustfund.security.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.HistoryCleanupCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which engine commands the guard treats as business changes, by class (subclasses included). */
class BusinessCommandsTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(classes = { CompleteTaskCmd.class, ResolveTaskCmd.class, ClaimTaskCmd.class, AssignTaskCmd.class,
			SetTaskOwnerCmd.class, SetTaskVariablesCmd.class, RemoveTaskVariablesCmd.class,
			SetExecutionVariablesCmd.class, PatchExecutionVariablesCmd.class,
			SetVariablesToProcessInstancesBatchCmd.class, DeleteProcessInstanceCmd.class,
			MigrateProcessInstanceCmd.class, CorrelateMessageCmd.class, SetJobDuedateCmd.class, ExecuteJobsCmd.class,
			DeleteHistoricDecisionInstancesBatchCmd.class, SetRemovalTimeToHistoricProcessInstancesCmd.class,
			UpdateProcessDefinitionHistoryTimeToLiveCmd.class })
	void businessChangesAreRefused(Class<? extends Command<?>> type) {
		assertThat(BusinessCommands.changesBusinessData(mock(type))).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(classes = { GetTaskVariablesCmd.class, SetJobRetriesCmd.class, SetJobsRetriesBatchCmd.class,
			ResolveIncidentCmd.class, SetAnnotationForIncidentCmd.class,
			SuspendProcessInstanceCmd.class, HistoryCleanupCmd.class })
	void readingAndOperatingAreAllowed(Class<? extends Command<?>> type) {
		assertThat(BusinessCommands.changesBusinessData(mock(type))).isFalse();
	}
}
