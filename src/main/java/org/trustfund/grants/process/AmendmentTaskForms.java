package org.trustfund.grants.process;

import static org.trustfund.grants.GrantAmendmentProcess.*;
import static org.trustfund.processes.ProcessValues.recordId;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.grants.Amendment;
import org.trustfund.grants.AmendmentService;
import org.trustfund.grants.Grant;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.grants.GrantService;
import org.trustfund.grants.Grants;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.BaseTaskForm;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskSubjects;
import org.trustfund.tasks.TaskView;

/** The amendment decision's form, and how both grant processes' tasks are labelled in the task lists. */
@Configuration
class AmendmentTaskForms {

	@Bean
	TaskForm decideAmendmentForm(AmendmentService amendments, GrantService grants) {
		return new BaseTaskForm(KEY, DECIDE_TASK, "grants/tasks") {
			@Override
			public Map<String, Object> model(TaskView task) {
				Amendment a = amendments.get(recordId(task.businessKey()));
				return Map.of("amendment", a, "grant", grants.get(a.getGrantId()), "agreement",
						grants.currentVersion(a.getGrantId()));
			}

			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				String decision = GrantTaskForms.choice(fields, "approve", "refuse");
				return Map.of(DECISION, decision, NOTE, GrantTaskForms.note(fields, "refuse".equals(decision)));
			}
		};
	}

	@Bean
	TaskSubjects grantLifecycleSubjects(Grants grants) {
		return new TaskSubjects() {
			@Override
			public String processKey() {
				return GrantLifecycleProcess.KEY;
			}

			@Override
			public Subject describe(String businessKey) {
				return describeAll(java.util.List.of(businessKey)).getOrDefault(businessKey, Subject.unknown(businessKey));
			}

			@Override
			public Map<String, Subject> describeAll(Collection<String> keys) {
				return grants.findAllById(keys.stream().map(Long::valueOf).toList()).stream().collect(Collectors.toMap(
						g -> g.getId().toString(), GrantSubjects::of));
			}
		};
	}

	@Bean
	TaskSubjects grantAmendmentSubjects(AmendmentService amendments, Grants grants) {
		return new TaskSubjects() {
			@Override
			public String processKey() {
				return KEY;
			}

			@Override
			public Subject describe(String businessKey) {
				Amendment a = amendments.get(recordId(businessKey));
				return grants.findById(a.getGrantId()).map(GrantSubjects::of).orElse(Subject.unknown(businessKey));
			}
		};
	}

	static final class GrantSubjects {
		static TaskSubjects.Subject of(Grant g) {
			return new TaskSubjects.Subject(g.getGrantRef() + " " + g.getTitle(), org.trustfund.grants.GrantPaths.path(g.getId(), g.getGrantRef()));
		}
	}
}
