package org.trustfund.organisations;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Deadlines of the onboarding process, from {@code trustfund.onboarding.*}. The BPMN reads them as
 * {@code ${onboardingSettings.replyPeriod}} etc.
 */
@Component("onboardingSettings")
@ConfigurationProperties("trustfund.onboarding")
public class OnboardingSettings {

	private Duration replyPeriod = Duration.ofDays(14);
	private Duration reminderAfter = Duration.ofDays(10);
	/** ISO-8601 duration for the BPMN timer that ends the NGO's reply period. */
	public String getReplyPeriod() {
		return replyPeriod.toString();
	}

	public String getReminderAfter() {
		return reminderAfter.toString();
	}

	public Date replyDue() {
		// Camunda's clock, so that due dates and timers agree (and tests can move both).
		return Date.from(ClockUtil.getCurrentTime().toInstant().plus(replyPeriod));
	}

	public void setReplyPeriod(Duration replyPeriod) {
		this.replyPeriod = replyPeriod;
	}

	public void setReminderAfter(Duration reminderAfter) {
		this.reminderAfter = reminderAfter;
	}

	Duration replyPeriod() {
		return replyPeriod;
	}
}
