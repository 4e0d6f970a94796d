package org.trustfund.board;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code trustfund.board.*}: seats of a new Board, and how early nominations for the next one are called. */
@ConfigurationProperties("trustfund.board")
public record BoardSettings(Integer seats, Duration nominationLead) {

	public BoardSettings {
		seats = seats == null ? 5 : seats;
		nominationLead = nominationLead == null ? Duration.ofDays(90) : nominationLead;
	}
}
