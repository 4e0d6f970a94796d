package org.trustfund.grants;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trustfund.grants.*}: the grant agreement's defaults (tranches, reporting dates, conditions) and the
 * lifecycle's deadlines and reminders.
 */
@ConfigurationProperties("trustfund.grants")
public record GrantSettings(Integer trancheMonths, Period reportLead, Period finalReportAfter,
		Period acceptancePeriod, Period acceptanceReminderBefore, Period reportOpensBefore,
		Period reportReminderBefore, Period escalationAfter, Period revisionPeriod, String conditions) {

	public GrantSettings {
		trancheMonths = trancheMonths == null ? 12 : trancheMonths;
		reportLead = reportLead == null ? Period.ofDays(30) : reportLead;
		finalReportAfter = finalReportAfter == null ? Period.ofDays(60) : finalReportAfter;
		acceptancePeriod = acceptancePeriod == null ? Period.ofDays(30) : acceptancePeriod;
		acceptanceReminderBefore = acceptanceReminderBefore == null ? Period.ofDays(7) : acceptanceReminderBefore;
		reportOpensBefore = reportOpensBefore == null ? Period.ofDays(30) : reportOpensBefore;
		reportReminderBefore = reportReminderBefore == null ? Period.ofDays(7) : reportReminderBefore;
		escalationAfter = escalationAfter == null ? Period.ofDays(14) : escalationAfter;
		revisionPeriod = revisionPeriod == null ? Period.ofDays(14) : revisionPeriod;
		conditions = conditions == null || conditions.isBlank()
				? STANDARD_CONDITIONS : conditions;
	}

	/**
	 * The built-in conditions, kept in English on the agreement; pages show them in the reader's language
	 * ({@code grants.conditions.standard}). Conditions the fund configures are shown as written.
	 */
	public static final String STANDARD_CONDITIONS = "The grant is spent only on the approved project and budget. "
			+ "Each later tranche is paid after the fund accepts the progress report due before it. Unspent money is "
			+ "returned to the fund.";
}
