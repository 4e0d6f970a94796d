package org.trustfund.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.trustfund.security.CurrentUser;
import org.trustfund.tasks.TaskCounts;
import org.trustfund.tasks.TaskFilter;
import org.trustfund.tasks.TaskListService;
import org.trustfund.tasks.TaskPage;
import org.trustfund.tasks.TaskView;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "The caller's own task list")
class TaskApiController {

	private final TaskListService taskList;

	TaskApiController(TaskListService taskList) {
		this.taskList = taskList;
	}

	/**
	 * One page of my list, as a JSON array; the number of matching tasks in {@code X-Total-Count} and the
	 * other pages in {@code Link} ({@code first}, {@code prev}, {@code next}, {@code last}). Bad parameters
	 * give 400 problem details naming them.
	 */
	@GetMapping
	@Operation(summary = "Tasks claimed by me or offered to one of my groups, a page at a time",
			description = "page: 1-based (default 1); size: 1-200 (default 50); process: process key; kind: task key; "
					+ "due: overdue|dated|undated; scope: mine (claimed by me)|offered (unclaimed, offered to my groups); "
					+ "q: text in the task's name, subject or business key; sort: newest (default)|oldest|due. "
					+ "X-Total-Count: matching tasks; Link: first, prev, next, last pages.")
	ResponseEntity<List<TaskView>> myTasks(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String process,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String due,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort) {
		TaskFilter filter = TaskFilter.of(page, size, process, kind, due, scope, q, sort);
		TaskPage found = taskList.list(CurrentUser.get(), filter);
		List<String> links = new ArrayList<>();
		links.add(link(filter.onPage(1), "first"));
		if (found.hasPrevious()) {
			links.add(link(filter.onPage(filter.page() - 1), "prev"));
		}
		if (found.hasNext()) {
			links.add(link(filter.onPage(filter.page() + 1), "next"));
		}
		links.add(link(filter.onPage((int) Math.min(Integer.MAX_VALUE, found.pages())), "last"));
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total()))
			.header(HttpHeaders.LINK, String.join(", ", links)).body(found.tasks());
	}

	/** The counts of my whole list per filter choice: claimed, offered, overdue, with a due date, per process and kind. */
	@GetMapping("/counts")
	@Operation(summary = "How many tasks my list holds, per filter choice")
	TaskCounts counts() {
		return taskList.list(CurrentUser.get(), TaskFilter.ALL.onPage(1)).counts();
	}

	private static String link(TaskFilter filter, String rel) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/tasks").queryParam("page", filter.page())
			.queryParam("size", filter.size());
		optional(uri, "process", filter.process());
		optional(uri, "kind", filter.kind());
		optional(uri, "due", TaskFilter.param(filter.due()));
		optional(uri, "scope", TaskFilter.param(filter.scope()));
		optional(uri, "q", filter.q());
		optional(uri, "sort", TaskFilter.param(filter.sort()));
		return "<" + uri.encode().build().toUriString() + ">; rel=\"" + rel + "\"";
	}

	private static void optional(UriComponentsBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
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
