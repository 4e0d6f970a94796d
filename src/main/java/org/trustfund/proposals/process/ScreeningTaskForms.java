package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.note;
import static org.trustfund.processes.ProcessValues.recordId;
import static org.trustfund.proposals.ReviewProcess.*;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.calls.CallService;
import org.trustfund.processes.ProcessValues;
import org.trustfund.proposals.ProposalService;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskSubjects;
import org.trustfund.tasks.TaskView;
import org.trustfund.shared.ValidationException;

/** The fund manager's screening form, the NGO's answer form, and the labels of the process's tasks. */
@Configuration
class ScreeningTaskForms {

	@Bean
	TaskSubjects proposalReviewSubjects(ProposalService proposals) {
		return new TaskSubjects() {
			@Override
			public String processKey() {
				return KEY;
			}

			@Override
			public Subject describe(String businessKey) {
				long id = recordId(businessKey);
				return new Subject(proposals.title(id), "/proposals/" + id);
			}

			@Override
			public Map<String, Subject> describeAll(Collection<String> businessKeys) {
				Map<Long, String> titles = proposals.titles(businessKeys.stream().map(ProcessValues::recordId).toList());
				Map<String, Subject> subjects = new HashMap<>();
				titles.forEach((id, title) -> subjects.put(id.toString(), new Subject(title, "/proposals/" + id)));
				return subjects;
			}
		};
	}

	@Bean
	TaskForm screenProposalForm(ProposalService proposals, CallService calls) {
		return new ProposalTaskForm(SCREEN_TASK, proposals, calls) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				String decision = fields.getOrDefault(DECISION, "");
				if (!decision.equals(ACCEPT) && !decision.equals(REJECT) && !decision.equals(CLARIFY)) {
					throw ValidationException.keyed(DECISION, "review.error.decision",
							"Choose accept, reject or ask the NGO a question");
				}
				String note = note(fields, NOTE, !decision.equals(ACCEPT), decision.equals(REJECT)
						? new ValidationException.Keyed("review.error.reason", "Give the reason for the rejection: the NGO will read it")
						: new ValidationException.Keyed("review.error.question", "Write the question for the NGO"));
				return Map.of(DECISION, decision, NOTE, note);
			}
		};
	}

	@Bean
	TaskForm answerClarificationForm(ProposalService proposals, CallService calls) {
		return new ProposalTaskForm(ANSWER_TASK, proposals, calls) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				return Map.of(NOTE, note(fields, NOTE, true, new ValidationException.Keyed("error.task.answer",
						"Write your answer to the secretariat's question")));
			}
		};
	}
}
