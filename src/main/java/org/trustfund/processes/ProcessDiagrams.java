package org.trustfund.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/** A process instance drawn as a diagram, its current steps highlighted (or, once ended, the end it reached). */
@NamedInterface("api")
@Service
public class ProcessDiagrams {

	private final RepositoryService repository;
	private final RuntimeService runtime;
	private final HistoryService history;

	ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history) {
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
	}

	/** The latest instance of the process for the business key, if any. */
	public Optional<Diagram> of(String processKey, String businessKey) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
			.findFirst().orElse(null);
		if (instance == null) {
			return Optional.empty();
		}
		boolean ended = instance.getEndTime() != null;
		Set<String> current = new HashSet<>();
		if (ended) {
			history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityType("endEvent")
				.list().stream().map(HistoricActivityInstance::getActivityId).forEach(current::add);
			history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
				.activityType("messageEndEvent").list().stream().map(HistoricActivityInstance::getActivityId)
				.forEach(current::add);
		}
		else {
			current.addAll(runtime.getActiveActivityIds(instance.getId()));
		}
		List<Step> steps = current.stream().map(id -> id.replace("#multiInstanceBody", "")).distinct()
			.map(id -> new Step(instance.getProcessDefinitionKey(), id, nameOf(instance.getProcessDefinitionId(), id))).sorted(Comparator.comparing(Step::name))
			.toList();
		List<String> names = steps.stream().map(Step::name).toList();
		try (InputStream xml = repository.getProcessModel(instance.getProcessDefinitionId())) {
			return Optional.of(new Diagram(instance.getId(), ended, names, steps, BpmnSvg.render(xml, current)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String nameOf(String definitionId, String activityId) {
		var element = repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
		String name = element == null ? null : element.getAttributeValue("name");
		return name == null ? activityId : name;
	}

	/**
	 * @param current the model's (English) names of the current steps, or of the end reached
	 * @param steps the same steps with their BPMN ids: pages show {@code task.<id>} or
	 *        {@code process.step.<processKey>.<id>} from the bundles, in the reader's language, and the model's
	 *        name only when neither exists
	 * @param svgs one drawing per diagram plane (the process, then each collapsed sub-process); their text
	 *        is escaped, so they can be inserted into a page as they are
	 */
	public record Diagram(String processInstanceId, boolean ended, List<String> current, List<Step> steps,
			List<String> svgs) {
	}

	/**
	 * @param processKey the process definition's key, e.g. {@code proposalReview}
	 * @param id the BPMN element's id, e.g. {@code proposalReviewed}
	 * @param name its name in the model (English), or the id when it has none
	 */
	public record Step(String processKey, String id, String name) {
	}
}
