package org.trustfund.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.modulith.NamedInterface;

/**
 * What the application validated when a user completed a task through the task list: the task, its process
 * and business key, who completed it, when, and the form's checked fields as text (e.g. {@code decision},
 * {@code note}). Inserted once, never changed. Delegates take the actor and the reasons of a step from here.
 */
@NamedInterface("spi")
@Entity
public class TaskCompletion {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final TypeReference<TreeMap<String, String>> FIELDS = new TypeReference<>() {
	};

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String taskId;
	private String processInstanceId;
	private String processKey;
	private String taskKey;
	private String businessKey;
	private String actor;
	private Instant completedAt;
	private String fields;

	protected TaskCompletion() {
	}

	TaskCompletion(TaskView task, String actor, Instant completedAt, Map<String, String> fields) {
		this.taskId = task.id();
		this.processInstanceId = task.processInstanceId();
		this.processKey = task.processKey();
		this.taskKey = task.taskKey();
		this.businessKey = task.businessKey();
		this.actor = actor;
		this.completedAt = completedAt;
		try {
			this.fields = JSON.writeValueAsString(new TreeMap<>(fields));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Form fields cannot be written as JSON", e);
		}
	}

	/** The logged-in user who completed the task. */
	public String getActor() {
		return actor;
	}

	/** When the task was completed, by the application's clock. */
	public Instant getCompletedAt() {
		return completedAt;
	}

	public String getTaskKey() {
		return taskKey;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	/** The validated value of one form field, or the empty string when the form did not return it. */
	public String field(String name) {
		return fields().getOrDefault(name, "");
	}

	/** The validated note (reason, question, answer) of the step; empty when the form has none. */
	public String note() {
		return field("note");
	}

	/** The validated note, or {@code otherwise} when it is blank. */
	public String noteOr(String otherwise) {
		return note().isBlank() ? otherwise : note();
	}

	/**
	 * Checks that the user chose {@code value} for {@code field} (e.g. that the recorded decision is the one
	 * whose branch the process took, whatever a routing variable says).
	 * @return this completion
	 * @throws IllegalStateException when the recorded value differs; the engine then rolls the step back
	 */
	public TaskCompletion expect(String field, String value) {
		if (!value.equals(field(field))) {
			throw new IllegalStateException("Task " + taskId + " (" + taskKey + ") was completed with " + field + " '"
					+ field(field) + "', not '" + value + "'");
		}
		return this;
	}

	/** Every validated field, by name. */
	public Map<String, String> fields() {
		try {
			return JSON.readValue(fields, FIELDS);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Unreadable fields of task completion " + id, e);
		}
	}
}
