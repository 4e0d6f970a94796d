package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import java.time.Duration;
import java.util.Date;
import java.time.Clock;
import org.trustfund.processes.FundClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Settings of the review processes, from {@code trustfund.review.*}. The BPMN files read them as
 * {@code ${reviewSettings.replyPeriod}} etc.
 */
@Component("reviewSettings")
@ConfigurationProperties("trustfund.review")
@NamedInterface("api")
public class ReviewSettings {

	/** Technical reviewers per proposal. */
	private int reviewersPerProposal = 2;
	/** Largest difference between two reviewers' totals that needs no moderation, in points. */
	private int moderationMargin = 5;
	/** How long an NGO has to answer a clarification request. */
	private Duration replyPeriod = Duration.ofDays(14);
	/** When the NGO is reminded, counted from the request. */
	private Duration reminderAfter = Duration.ofDays(10);
	/** How often a closed call checks again whether every proposal is reviewed (besides each review's message). */
	private Duration recheckInterval = Duration.ofHours(1);

	private Clock clock = new FundClock();

	public int getReviewersPerProposal() {
		return reviewersPerProposal;
	}

	public void setReviewersPerProposal(int reviewersPerProposal) {
		if (reviewersPerProposal < 1) {
			throw new IllegalArgumentException("At least one reviewer per proposal");
		}
		this.reviewersPerProposal = reviewersPerProposal;
	}

	public int getModerationMargin() {
		return moderationMargin;
	}

	public void setModerationMargin(int moderationMargin) {
		this.moderationMargin = moderationMargin;
	}

	/** ISO-8601 duration for the BPMN timer that ends the NGO's reply period. */
	public String getReplyPeriod() {
		return replyPeriod.toString();
	}

	public void setReplyPeriod(Duration replyPeriod) {
		this.replyPeriod = replyPeriod;
	}

	public String getReminderAfter() {
		return reminderAfter.toString();
	}

	public void setReminderAfter(Duration reminderAfter) {
		this.reminderAfter = reminderAfter;
	}

	public String getRecheckInterval() {
		return recheckInterval.toString();
	}

	public void setRecheckInterval(Duration recheckInterval) {
		this.recheckInterval = recheckInterval;
	}

	/**
	 * @return when the NGO's answer to a clarification is due: now plus the reply period, from the one clock
	 *         (so that the task's due date and the timer agree)
	 */
	public Date replyDue() {
		return Date.from(clock.instant().plus(replyPeriod));
	}

	/** The application's one clock ({@code processes.FundClock}); set by Spring. */
	@Autowired
	void setClock(Clock clock) {
		this.clock = clock;
	}
}
