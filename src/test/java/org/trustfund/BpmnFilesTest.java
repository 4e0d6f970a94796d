package org.trustfund;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustfund.users.Role;

/**
 * Every BPMN (and DMN) file in {@code bpmn/}, including those added later: it parses, its diagram shows
 * every element, its history is cleaned up, and every user task says who does it.
 */
class BpmnFilesTest {

	private static final Path DIRECTORY = Path.of("bpmn");
	private static final Set<String> ROLE_GROUPS = Arrays.stream(Role.values()).map(Role::groupId)
		.collect(Collectors.toSet());

	static Stream<Path> bpmnFiles() throws IOException {
		return files(".bpmn");
	}

	static Stream<Path> dmnFiles() throws IOException {
		return files(".dmn");
	}

	private static Stream<Path> files(String extension) throws IOException {
		assertThat(DIRECTORY).as("run from the project directory").isDirectory();
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnFiles")
	void parsesAndValidates(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		Bpmn.validateModel(model);
		assertThat(model.getModelElementsByType(Process.class)).as("processes in %s", file).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnFiles")
	void everyFlowNodeHasAShapeAndEveryFlowAnEdge(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
			.filter(s -> s.getBpmnElement() != null).map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
		Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
			.filter(e -> e.getBpmnElement() != null).map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());

		assertThat(ids(model.getModelElementsByType(FlowNode.class))).as("flow nodes without a shape in %s", file)
			.allSatisfy(id -> assertThat(shapes).contains(id));
		assertThat(ids(model.getModelElementsByType(SequenceFlow.class)))
			.as("sequence flows without an edge in %s", file).allSatisfy(id -> assertThat(edges).contains(id));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnFiles")
	void everyProcessHasAHistoryTimeToLive(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		assertThat(model.getModelElementsByType(Process.class)).allSatisfy(
				p -> assertThat(p.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", p.getId())
					.isNotBlank());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnFiles")
	void everyUserTaskIsOfferedToARoleOrAssigned(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
			String groups = task.getCamundaCandidateGroups();
			assertThat(groups != null && !groups.isBlank() || task.getCamundaAssignee() != null)
				.as("user task %s has candidateGroups or an assignee", task.getId()).isTrue();
			if (groups != null) {
				// A role's group, or an expression such as org${organisationId} for one organisation.
				assertThat(groups.split(",")).allSatisfy(g -> assertThat(
						ROLE_GROUPS.contains(g.strip()) || g.contains("${")).as("candidate group %s of %s", g,
								task.getId()).isTrue());
			}
		});
	}

	@ParameterizedTest(name = "{0}", allowZeroInvocations = true)
	@MethodSource("dmnFiles")
	void decisionTablesParse(Path file) {
		assertThat(Dmn.readModelFromFile(file.toFile()).getDefinitions().getDrgElements()).isNotEmpty();
	}

	private static Set<String> ids(Collection<? extends BaseElement> elements) {
		return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
	}
}
