package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trustfund.board.*}: seats of a new Board, how early nominations for the next one are called, how
 * long trustees have to vote in a session, and how long before that deadline the late ones are reminded.
 */
@ConfigurationProperties("trustfund.board")
@NamedInterface("api")
public record BoardSettings(Integer seats, Duration nominationLead, Duration votingPeriod, Duration reminderBefore) {

	public BoardSettings {
		seats = seats == null ? 5 : seats;
		nominationLead = nominationLead == null ? Duration.ofDays(90) : nominationLead;
		votingPeriod = votingPeriod == null ? Duration.ofDays(14) : votingPeriod;
		reminderBefore = reminderBefore == null ? Duration.ofDays(3) : reminderBefore;
	}
}
