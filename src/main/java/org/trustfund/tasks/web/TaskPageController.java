package org.trustfund.tasks.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import org.trustfund.security.CurrentUser;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskFilter;
import org.trustfund.tasks.TaskListService;
import org.trustfund.tasks.TaskPage;
import org.trustfund.tasks.TaskView;
import org.trustfund.shared.ValidationException;

/** "My tasks": the list, one task with its form, claim, unclaim and complete. Works without JavaScript. */
@Controller
class TaskPageController {

	private final TaskListService taskList;
	private final Clock clock;

	TaskPageController(TaskListService taskList, Clock clock) {
		this.taskList = taskList;
		this.clock = clock;
	}

	/**
	 * One page of my list, filtered and sorted as the address says (so a filtered view can be bookmarked);
	 * parameters as {@code GET /api/tasks}. As the other lists: a parameter that cannot be used is left out, the
	 * list shows what it can (200) and the page says which values were left out, in the reader's language
	 * (model attribute {@code problems}: {@link Unusable}s).
	 */
	@GetMapping("/tasks")
	String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String process, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String due, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort, Model model) {
		Map<String, String> given = new java.util.LinkedHashMap<>();
		given.put("page", page);
		given.put("size", size);
		given.put("process", process);
		given.put("kind", kind);
		given.put("due", due);
		given.put("scope", scope);
		given.put("q", q);
		given.put("sort", sort);
		java.util.List<Unusable> problems = new java.util.ArrayList<>();
		TaskFilter filter = null;
		while (filter == null) {
			try {
				filter = TaskFilter.of(given.get("page"), given.get("size"), given.get("process"), given.get("kind"),
						given.get("due"), given.get("scope"), given.get("q"), given.get("sort"));
			}
			catch (ValidationException e) {
				boolean dropped = false;
				for (String field : e.fieldErrors().keySet()) {
					String value = given.containsKey(field) ? given.put(field, null) : null;
					if (value != null) {
						dropped = true;
						problems.add(Unusable.of(field, value));
					}
				}
				if (!dropped) {
					filter = TaskFilter.ALL;
				}
			}
		}
		model.addAttribute("problems", problems);
		TaskPage found = taskList.list(CurrentUser.get(), filter);
		model.addAttribute("page", found);
		model.addAttribute("filter", filter);
		model.addAttribute("tasks", found.tasks());
		model.addAttribute("now", clock.instant());
		return "tasks/list";
	}

	/**
	 * A parameter of the address that the list left out, for the page's notice: {@code #{key(param, value)}}.
	 *
	 * @param key {@code list.bad.sort} for the order, {@code list.bad.value} for any other parameter
	 * @param param the parameter's name as in the address
	 * @param value its value as given, cut to 60 characters
	 */
	record Unusable(String key, String param, String value) {
		static Unusable of(String param, String value) {
			String shown = value.length() > 60 ? value.substring(0, 59) + "…" : value;
			return new Unusable("sort".equals(param) ? "list.bad.sort" : "list.bad.value", param, shown);
		}
	}

	@GetMapping("/tasks/{id}")
	String show(@PathVariable String id, Model model) {
		return render(taskList.get(id, CurrentUser.get()), Map.of(), Map.of(), model);
	}

	@PostMapping("/tasks/{id}/claim")
	String claim(@PathVariable String id) {
		taskList.claim(id, CurrentUser.get());
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/unclaim")
	String unclaim(@PathVariable String id) {
		taskList.unclaim(id, CurrentUser.get());
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/{id}/complete")
	String complete(@PathVariable String id, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		fields.remove("_csrf");
		try {
			taskList.complete(id, fields, CurrentUser.get());
		}
		catch (ValidationException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(taskList.get(id, CurrentUser.get()), fields, e.fieldErrors(), model);
		}
		redirect.addFlashAttribute("flash", "task.completed");
		return "redirect:/tasks";
	}

	private String render(TaskView task, Map<String, String> values, Map<String, String> errors, Model model) {
		TaskForm form = taskList.formOf(task);
		model.addAttribute("task", task);
		model.addAttribute("fragment", form.fragment());
		model.addAllAttributes(form.model(task));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("now", clock.instant());
		return "tasks/show";
	}
}
