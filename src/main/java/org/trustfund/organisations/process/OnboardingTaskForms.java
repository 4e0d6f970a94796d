package org.trustfund.organisations.process;

import static org.trustfund.organisations.OnboardingProcess.*;

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
import org.trustfund.web.ValidationException;

/** The onboarding process's two task forms and how its tasks are labelled in the task lists. */
@Configuration
class OnboardingTaskForms {

	private static final int MAX_NOTE = 2000;

	@Bean
	TaskSubjects onboardingSubjects(OrganisationService organisations) {
		return new TaskSubjects() {
			@Override
			public String processKey() {
				return KEY;
			}

			@Override
			public Subject describe(String businessKey) {
				var org = organisations.get(Long.parseLong(businessKey));
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
				String note = trimmed(fields.get(NOTE));
				if (!decision.equals(APPROVE) && !decision.equals(REJECT) && !decision.equals(REQUEST_INFORMATION)) {
					throw new ValidationException(DECISION, "Choose approve, reject or ask for information");
				}
				if (!decision.equals(APPROVE) && note.isEmpty()) {
					throw new ValidationException(NOTE, decision.equals(REJECT)
							? "Give the reason for the rejection: the NGO will read it"
							: "Write the question for the NGO");
				}
				checkLength(note);
				return vars(decision, note);
			}
		};
	}

	@Bean
	TaskForm provideInformationForm(OrganisationService organisations) {
		return new OnboardingForm(PROVIDE_INFORMATION_TASK, organisations) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				String note = trimmed(fields.get(NOTE));
				if (note.isEmpty()) {
					throw new ValidationException(NOTE, "Write your answer to the secretariat's question");
				}
				checkLength(note);
				return vars(null, note);
			}
		};
	}

	private abstract static class OnboardingForm extends BaseTaskForm {

		private final OrganisationService organisations;

		OnboardingForm(String taskKey, OrganisationService organisations) {
			super(KEY, taskKey, "organisations/tasks");
			this.organisations = organisations;
		}




		@Override
		public Map<String, Object> model(TaskView task) {
			long id = Long.parseLong(task.businessKey());
			return Map.of("organisation", organisations.get(id), "documents", organisations.documents(id),
					"history", organisations.history(id));
		}

		static String trimmed(String s) {
			return s == null ? "" : s.strip();
		}

		static void checkLength(String note) {
			if (note.length() > MAX_NOTE) {
				throw new ValidationException(NOTE, "At most " + MAX_NOTE + " characters");
			}
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
