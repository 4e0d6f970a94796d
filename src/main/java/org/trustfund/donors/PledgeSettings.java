package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** From {@code trustfund.pledges.*}. */
@Component
@ConfigurationProperties("trustfund.pledges")
@NamedInterface("api")
public class PledgeSettings {

	/** How long after the expected date a pledge may stay unpaid before the fund manager follows it up. */
	private Period followUpGrace = Period.ZERO;

	public Period getFollowUpGrace() {
		return followUpGrace;
	}

	public void setFollowUpGrace(Period followUpGrace) {
		this.followUpGrace = followUpGrace;
	}
}
