package org.trustfund.tasks;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the task lists' read model ({@link TaskListModel}) in step with the engine: a process engine plugin
 * (Camunda's Spring Boot starter applies every plugin bean) whose parse listener gives every user task of
 * every BPMN this task listener, as a <em>built-in</em> listener, so that it also runs when an operator
 * deletes a process instance skipping the model's own listeners. On create, assignment (claim, give back)
 * and update (due date, candidate groups, name) it writes the task's state; on complete and delete (the
 * process ended, was cancelled, or the task's scope was left) it removes it. It runs in the engine's
 * command, so in the engine's transaction.
 */
@Component
class TaskListListener extends AbstractProcessEnginePlugin implements TaskListener {

	private final ObjectProvider<TaskListModel> model;

	/** @param model looked up when a task event comes, as the engine is built before the model's beans */
	TaskListListener(ObjectProvider<TaskListModel> model) {
		this.model = model;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
					.getTaskDefinition();
				for (String event : new String[] { EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE,
						EVENTNAME_COMPLETE, EVENTNAME_DELETE }) {
					definition.addBuiltInTaskListener(event, TaskListListener.this);
				}
			}
		});
	}

	@Override
	public void notify(DelegateTask task) {
		switch (task.getEventName()) {
			case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> model.getObject().remove(task.getId());
			default -> model.getObject().refresh(task);
		}
	}
}
