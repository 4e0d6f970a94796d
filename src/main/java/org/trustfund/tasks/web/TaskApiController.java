package org.trustfund.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.security.CurrentUser;
import org.trustfund.tasks.TaskListService;
import org.trustfund.tasks.TaskView;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "The caller's own task list")
class TaskApiController {

	private final TaskListService taskList;

	TaskApiController(TaskListService taskList) {
		this.taskList = taskList;
	}

	@GetMapping
	@Operation(summary = "Tasks assigned to me or offered to one of my groups")
	List<TaskView> myTasks() {
		return taskList.tasksFor(CurrentUser.get());
	}

	@GetMapping("/{id}")
	TaskView task(@PathVariable String id) {
		return taskList.get(id, CurrentUser.get());
	}

	@PostMapping("/{id}/claim")
	ResponseEntity<Void> claim(@PathVariable String id) {
		taskList.claim(id, CurrentUser.get());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/unclaim")
	ResponseEntity<Void> unclaim(@PathVariable String id) {
		taskList.unclaim(id, CurrentUser.get());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Complete a task with its form's fields; invalid fields give 400 and leave it open")
	ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
		Map<String, String> fields = new HashMap<>();
		if (body != null) {
			body.forEach((k, v) -> fields.put(k, v == null ? null : v.toString()));
		}
		taskList.complete(id, fields, CurrentUser.get());
		return ResponseEntity.noContent().build();
	}
}
