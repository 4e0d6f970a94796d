package org.trustfund.security.camunda;

import java.util.List;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstancesBulkCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.UpdateCaseDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;

/**
 * The engine commands (camunda-engine 7.24, {@code org.camunda.bpm.engine.impl.cmd} and its {@code batch}
 * packages) that change business tasks or process data. The application runs them through its own
 * services, which check its rules; from outside (Camunda's REST API and webapps) {@link EngineGuard}
 * refuses them. A listed class stands for its subclasses too.
 * <p>
 * Deliberately NOT listed, so operators may still run them: every read, query and history query; the history
 * clean-up (it removes only what the configured times to live allow);
 * retrying failed jobs ({@code SetJobRetriesCmd}, {@code SetJobsRetriesCmd}, {@code SetJobsRetriesBatchCmd},
 * external task retries: the job executor then runs the job when it is due); resolving incidents and their
 * annotations ({@code ResolveIncidentCmd}, {@code SetAnnotationForIncidentCmd}); suspending and
 * activating definitions, instances, jobs and batches; job priorities; authorizations, filters, batches.
 */
final class BusinessCommands {

	static final List<Class<?>> REFUSED = List.of(
			// Task work: complete (and resolve, a subclass), claim, delegate, submit a task form, BPMN
			// error or escalation thrown from a task.
			CompleteTaskCmd.class, ClaimTaskCmd.class, DelegateTaskCmd.class, SubmitTaskFormCmd.class,
			HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
			// Who holds a task: assign, set owner, add a candidate user or group; and removing one.
			AbstractAddIdentityLinkCmd.class, DeleteIdentityLinkCmd.class,
			// Task data: save, create, delete, name, description, priority, due and follow-up dates.
			SaveTaskCmd.class, CreateTaskCmd.class, DeleteTaskCmd.class, AbstractSetTaskPropertyCmd.class,
			// Comments and attachments on tasks and process instances.
			AddCommentCmd.class, UpdateCommentCmd.class, DeleteTaskCommentCmd.class,
			DeleteProcessInstanceCommentCmd.class, CreateAttachmentCmd.class, SaveAttachmentCmd.class,
			DeleteAttachmentCmd.class,
			// Variables of tasks and executions: set and remove (single), patch (modify), and the batch.
			AbstractVariableCmd.class, AbstractPatchVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class,
			// Starting process instances, directly, by a start form or by a conditional start event.
			StartProcessInstanceCmd.class, StartProcessInstanceAtActivitiesCmd.class, SubmitStartFormCmd.class,
			EvaluateStartConditionCmd.class,
			// Moving tokens: modification (single, async, batch), restart (single, batch), migration
			// (single, batch), changing an instance's definition version, signalling one execution.
			ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class,
			AbstractRestartProcessInstanceCmd.class, RestartProcessInstancesBatchCmd.class,
			AbstractMigrationCmd.class, SetProcessDefinitionVersionCmd.class, SignalCmd.class,
			// Deleting process instances (single, several, batch).
			AbstractDeleteProcessInstanceCmd.class, DeleteProcessInstanceBatchCmd.class,
			// Messages and signals: correlate (single, all, batch), deliver to an event subscription, throw.
			AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class,
			SignalEventReceivedCmd.class,
			// Jobs: changing when a timer fires, or deleting a job (both change the process's time line).
			// Executing a job now would fire a business timer early (close a call's submissions or a Board
			// vote before the deadline); a failed job is retried by setting its retries instead.
			SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class, DeleteJobCmd.class, ExecuteJobsCmd.class,
			// External tasks: completing them, reporting a failure or a BPMN error.
			HandleExternalTaskCmd.class,
			// The processes themselves: a new or deleted deployment or definition would change the rules.
			DeployCmd.class, DeleteDeploymentCmd.class, AbstractDeleteProcessDefinitionCmd.class,
			// The audit trail: historic instances, tasks, variables and the operation log.
			DeleteHistoricProcessInstancesCmd.class, DeleteHistoricProcessInstancesBatchCmd.class,
			DeleteHistoricTaskInstanceCmd.class, DeleteHistoricVariableInstanceCmd.class,
			DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class, DeleteUserOperationLogEntryCmd.class,
			DeleteHistoricCaseInstanceCmd.class, DeleteHistoricCaseInstancesBulkCmd.class,
			// ...and the decisions' (the Board's votes are decided by a DMN table), by instance, definition,
			// bulk or batch.
			DeleteHistoricDecisionInstanceByInstanceIdCmd.class, DeleteHistoricDecisionInstanceByDefinitionIdCmd.class,
			DeleteHistoricDecisionInstancesBulkCmd.class, DeleteHistoricDecisionInstancesBatchCmd.class,
			// Deleting it later by other means: an earlier removal time (then a history clean-up removes it) and a
			// shorter time to live of a definition's history. The clean-up itself stays with operators: it removes
			// only what the fund's configured times to live allow.
			SetRemovalTimeToHistoricProcessInstancesCmd.class, SetRemovalTimeToHistoricDecisionInstancesCmd.class,
			UpdateProcessDefinitionHistoryTimeToLiveCmd.class, UpdateDecisionDefinitionHistoryTimeToLiveCmd.class,
			UpdateCaseDefinitionHistoryTimeToLiveCmd.class);

	private BusinessCommands() {
	}

	/** True if the command, or a class it extends, is in {@link #REFUSED}. */
	static boolean changesBusinessData(Command<?> command) {
		return REFUSED.stream().anyMatch(type -> type.isInstance(command));
	}
}
