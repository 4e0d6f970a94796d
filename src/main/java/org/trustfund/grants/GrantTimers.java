package org.trustfund.grants;

import static org.trustfund.grants.GrantLifecycleProcess.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle's dates, read by its timers from the grant and {@link GrantSettings}: the acceptance
 * deadline and its reminder, and for the current report the opening of the NGO's task, the reminder
 * before the due date, the due date (overdue) and the escalation. All at the start of the day (UTC).
 */
@Component("grantTimers")
public class GrantTimers {

	private final Grants grants;
	private final GrantSettings settings;
	private final ManagementService management;
	private final RuntimeService runtime;

	GrantTimers(Grants grants, GrantSettings settings, ManagementService management, RuntimeService runtime) {
		this.grants = grants;
		this.settings = settings;
		this.management = management;
		this.runtime = runtime;
	}

	public Date acceptanceDeadline(String grantId) {
		return day(grant(grantId).getAcceptBy());
	}

	public Date acceptanceReminder(String grantId) {
		return day(grant(grantId).getAcceptBy().minus(settings.acceptanceReminderBefore()));
	}

	public Date reportOpens(String grantId) {
		return day(due(grantId).minus(settings.reportOpensBefore()));
	}

	public Date reportReminder(String grantId) {
		return day(due(grantId).minus(settings.reportReminderBefore()));
	}

	public Date reportDue(String grantId) {
		return day(due(grantId));
	}

	/** The day after the due date: from then on the report is overdue. */
	public Date reportOverdue(String grantId) {
		return day(due(grantId).plusDays(1));
	}

	public Date reportEscalation(String grantId) {
		return day(due(grantId).plus(settings.escalationAfter()));
	}

	/** After an extension moved the reporting dates: moves the lifecycle's waiting report timers with them. */
	@Transactional
	public void reschedule(long grantId) {
		ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
			.processInstanceBusinessKey(Long.toString(grantId)).singleResult();
		if (instance == null) {
			return;
		}
		String key = Long.toString(grantId);
		for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
			String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
				.singleResult().getActivityId();
			Date due = switch (activity) {
				case REPORT_OPENS_TIMER -> reportOpens(key);
				case REPORT_REMINDER_TIMER -> reportReminder(key);
				case REPORT_OVERDUE_TIMER -> reportOverdue(key);
				case REPORT_ESCALATION_TIMER -> reportEscalation(key);
				default -> null;
			};
			if (due != null) {
				management.setJobDuedate(job.getId(), due);
			}
		}
	}

	private LocalDate due(String grantId) {
		Grant g = grant(grantId);
		return g.currentReport().map(GrantReport::getDueOn).orElse(g.getEndsOn());
	}

	private Grant grant(String grantId) {
		return grants.findById(Long.parseLong(grantId)).orElseThrow();
	}

	private static Date day(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}
}
