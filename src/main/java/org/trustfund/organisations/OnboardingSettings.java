package org.trustfund.organisations;

import java.time.Duration;
import java.util.Date;
import java.time.Clock;
import org.trustfund.processes.FundClock;
import org.springframework.beans.factory.annotation.Autowired;
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
	private Clock clock = new FundClock();
	/** ISO-8601 duration for the BPMN timer that ends the NGO's reply period. */
	public String getReplyPeriod() {
		return replyPeriod.toString();
	}

	public String getReminderAfter() {
		return reminderAfter.toString();
	}

	/**
	 * @return when the NGO's answer to a request for information is due: now plus the reply period, from the
	 *         one clock (so that due dates and timers agree)
	 */
	public Date replyDue() {
		return Date.from(clock.instant().plus(replyPeriod));
	}

	/** The application's one clock ({@code processes.FundClock}); set by Spring. */
	@Autowired
	void setClock(Clock clock) {
		this.clock = clock;
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
