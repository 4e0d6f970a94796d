package org.trustfund.organisations.process;

import static org.trustfund.organisations.OnboardingProcess.*;
import static org.trustfund.processes.ProcessValues.note;
import static org.trustfund.processes.ProcessValues.recordId;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.BaseTaskForm;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskSubjects;
import org.trustfund.tasks.TaskView;
import org.trustfund.shared.ValidationException;

/** The onboarding process's two task forms and how its tasks are labelled in the task lists. */
@Configuration
class OnboardingTaskForms {


	@Bean
	TaskSubjects onboardingSubjects(OrganisationService organisations) {
		return new TaskSubjects() {
			@Override
			public String processKey() {
				return KEY;
			}

			@Override
			public Subject describe(String businessKey) {
				var org = organisations.get(recordId(businessKey));
				return new Subject(org.getName(), "/organisations/" + org.getId());
			}
		};
	}

	@Bean
	TaskForm verifyOrganisationForm(OrganisationService organisations) {
		return new OnboardingForm(VERIFY_TASK, organisations) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				String decision = fields.getOrDefault(DECISION, "");
				if (!decision.equals(APPROVE) && !decision.equals(REJECT) && !decision.equals(REQUEST_INFORMATION)) {
					throw ValidationException.keyed(DECISION, "error.onboarding.decision",
							"Choose approve, reject or ask for information");
				}
				String note = note(fields, NOTE, !decision.equals(APPROVE), decision.equals(REJECT)
						? new ValidationException.Keyed("review.error.reason", "Give the reason for the rejection: the NGO will read it")
						: new ValidationException.Keyed("review.error.question", "Write the question for the NGO"));
				return vars(decision, note);
			}
		};
	}

	@Bean
	TaskForm provideInformationForm(OrganisationService organisations) {
		return new OnboardingForm(PROVIDE_INFORMATION_TASK, organisations) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				return vars(null, note(fields, NOTE, true, new ValidationException.Keyed("error.task.answer",
						"Write your answer to the secretariat's question")));
			}
		};
	}

	private abstract static class OnboardingForm extends BaseTaskForm {

		private final OrganisationService organisations;

		OnboardingForm(String taskKey, OrganisationService organisations) {
			super(KEY, taskKey, "organisations/tasks");
			this.organisations = organisations;
		}		@Override
		public Map<String, Object> model(TaskView task) {
			long id = recordId(task.businessKey());
			return Map.of("organisation", organisations.get(id), "documents", organisations.documents(id),
					"history", organisations.history(id));
		}

		static Map<String, Object> vars(String decision, String note) {
			Map<String, Object> vars = new LinkedHashMap<>();
			if (decision != null) {
				vars.put(DECISION, decision);
			}
			vars.put(NOTE, note);
			return vars;
		}
	}
}
