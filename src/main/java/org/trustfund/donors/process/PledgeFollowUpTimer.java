package org.trustfund.donors.process;

import java.time.ZoneOffset;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.trustfund.donors.PledgeService;
import org.trustfund.donors.PledgeSettings;

/**
 * When the follow-up task appears: the start of the day after the pledge's expected date (UTC), plus the
 * configured grace period. Read by the BPMN timer as
 * {@code ${pledgeFollowUpTimer.followUpAt(execution.processBusinessKey)}} (the pledge's id), each time the process waits, so a rescheduled pledge waits for its new date.
 */
@Component("pledgeFollowUpTimer")
public class PledgeFollowUpTimer {

	private final PledgeService pledges;
	private final PledgeSettings settings;

	PledgeFollowUpTimer(PledgeService pledges, PledgeSettings settings) {
		this.pledges = pledges;
		this.settings = settings;
	}

	public Date followUpAt(long pledgeId) {
		var expected = pledges.get(pledgeId).getExpectedOn();
		return Date.from(expected.plusDays(1).plus(settings.getFollowUpGrace()).atStartOfDay(ZoneOffset.UTC).toInstant());
	}
}
