package org.trustfund.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;

/**
 * Every user task in every BPMN file in {@code bpmn/} (including files added later) has a {@link TaskForm}
 * bean for its process and task id, so its task page can open; and every form belongs to a user task that
 * exists. Without a form, {@link TaskListService#formOf} throws when someone opens the task.
 */
@IntegrationTest
class TaskFormsCoverUserTasksTest {

	private static final Path DIRECTORY = Path.of("bpmn");

	@Autowired
	List<TaskForm> forms;

	@Test
	void everyUserTaskHasAForm() throws IOException {
		Set<String> userTasks = userTasks();
		assertThat(userTasks).as("user tasks found in %s", DIRECTORY.toAbsolutePath()).isNotEmpty();

		assertThat(without(userTasks, formKeys())).as("user tasks (process/task) without a TaskForm bean").isEmpty();
	}

	@Test
	void everyFormBelongsToAUserTask() throws IOException {
		assertThat(without(formKeys(), userTasks())).as("TaskForm beans (process/task) for no user task in %s",
				DIRECTORY).isEmpty();
	}

	private static Set<String> without(Set<String> keys, Set<String> others) {
		Set<String> rest = new TreeSet<>(keys);
		rest.removeAll(others);
		return rest;
	}

	private Set<String> formKeys() {
		return forms.stream().map(f -> f.processKey() + "/" + f.taskKey()).collect(Collectors.toCollection(TreeSet::new));
	}

	/** {@code processId/taskId} of every user task, also those inside sub-processes. */
	private static Set<String> userTasks() throws IOException {
		assertThat(DIRECTORY).as("run from the project directory").isDirectory();
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).toList()) {
				for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
					keys.add(processOf(task).getId() + "/" + task.getId());
				}
			}
		}
		return keys;
	}

	private static Process processOf(UserTask task) {
		ModelElementInstance element = task.getParentElement();
		while (!(element instanceof Process)) {
			element = element.getParentElement();
		}
		return (Process) element;
	}
}
