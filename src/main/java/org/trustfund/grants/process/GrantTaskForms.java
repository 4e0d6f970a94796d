package org.trustfund.grants.process;

import static org.trustfund.grants.GrantLifecycleProcess.*;
import static org.trustfund.processes.ProcessValues.noteWithin;
import static org.trustfund.processes.ProcessValues.recordId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.grants.Disbursements;
import org.trustfund.grants.Disbursements.PaymentOrder;
import org.trustfund.grants.Grant;
import org.trustfund.grants.GrantService;
import org.trustfund.grants.ReportService;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.BaseTaskForm;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskView;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.Money;

/**
 * The grant lifecycle's task forms. The payment and the report are recorded when their task is completed,
 * in the same transaction, so that an invalid payment or report shows its error on the form and leaves
 * the task open.
 */
@Configuration
class GrantTaskForms {

	/** The error of a whole form (e.g. a payment refused while a report is overdue), shown above its fields. */
	static final String FORM = "form";

	@Bean
	TaskForm acceptAgreementForm(GrantService grants) {
		return new LifecycleForm(ACCEPT_AGREEMENT_TASK, grants) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				grants.get(grantId(task)); // the task is offered to the grant's organisation only
				String decision = choice(fields, "accept", "decline");
				String note = note(fields, "decline".equals(decision));
				return Map.of(DECISION, decision, NOTE, note);
			}
		};
	}

	@Bean
	TaskForm disburseTrancheForm(GrantService grants, Disbursements disbursements) {
		return new LifecycleForm(DISBURSE_TRANCHE_TASK, grants) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				try {
					disbursements.pay(grantId(task), order(fields), user.getUsername());
				}
				catch (ConflictException e) {
					throw ValidationException.keyed(FORM, e.message());
				}
				return Map.of();
			}
		};
	}

	@Bean
	TaskForm submitReportForm(GrantService grants, ReportService reports) {
		return new LifecycleForm(SUBMIT_REPORT_TASK, grants) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				try {
					reports.submit(grantId(task), fields, user);
				}
				catch (ConflictException e) {
					throw ValidationException.keyed(FORM, e.message());
				}
				return Map.of();
			}
		};
	}

	@Bean
	TaskForm reviewReportForm(GrantService grants) {
		return new LifecycleForm(REVIEW_REPORT_TASK, grants) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				String decision = choice(fields, "accept", "revise");
				return Map.of(DECISION, decision, NOTE, note(fields, "revise".equals(decision)));
			}
		};
	}

	@Bean
	TaskForm followUpOverdueReportForm(GrantService grants) {
		return new LifecycleForm(FOLLOW_UP_OVERDUE_TASK, grants) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				return Map.of(NOTE, note(fields, true));
			}
		};
	}

	static PaymentOrder order(Map<String, String> fields) {
		LocalDate paidOn;
		BigDecimal amount;
		try {
			paidOn = LocalDate.parse(fields.getOrDefault("paidOn", "").strip());
		}
		catch (DateTimeParseException e) {
			throw ValidationException.keyed("paidOn", "error.payment.dateFormat", "Give the payment date (YYYY-MM-DD)");
		}
		try {
			amount = org.trustfund.shared.AmountText.number(fields.getOrDefault("amount", ""));
		}
		catch (NumberFormatException e) {
			throw ValidationException.keyed("amount", "error.payment.amount", "Give the amount paid in " + Money.CURRENCY);
		}
		return new PaymentOrder(paidOn, amount, fields.get("bankReference"));
	}

	static String choice(Map<String, String> fields, String... allowed) {
		String value = fields.getOrDefault(DECISION, "").strip();
		for (String a : allowed) {
			if (a.equals(value)) {
				return value;
			}
		}
		// the English joins the choices with "or", the Arabic with "أو" (the choices are codes, in Latin letters)
		throw ValidationException.keyed(DECISION, "error.decision.choose", "Choose " + String.join(" or ", allowed),
				String.join(" or ", allowed), String.join(" أو ", allowed));
	}

	static String note(Map<String, String> fields, boolean required) {
		return noteWithin(fields, NOTE, required,
				new ValidationException.Keyed("error.task.reason2000", "Give a reason (up to 2000 characters)"));
	}

	abstract static class LifecycleForm extends BaseTaskForm {

		final GrantService grants;

		LifecycleForm(String taskKey, GrantService grants) {
			super(KEY, taskKey, "grants/tasks");
			this.grants = grants;
		}

		static long grantId(TaskView task) {
			return recordId(task.businessKey());
		}

		@Override
		public Map<String, Object> model(TaskView task) {
			Grant g = grants.get(grantId(task));
			Map<String, Object> model = new HashMap<>();
			model.put("grant", g);
			model.put("agreement", grants.currentVersion(g.getId()));
			model.put("report", g.currentReport().orElse(null));
			model.put("tranche", g.nextTranche().orElse(null));
			model.put("services", org.trustfund.calls.AssistanceService.values());
			return model;
		}
	}
}
