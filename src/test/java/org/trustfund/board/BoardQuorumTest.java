package org.trustfund.board;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** A session cannot start while fewer trustees sit than the quorum, and the refusal says so. */
@IntegrationTest
class BoardQuorumTest {

	@Autowired
	BoardService board;

	@Autowired
	UserService users;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void refusesASessionWithoutQuorumAndAllowsItOnceEnoughTrusteesSit() {
		BoardTerm term = BoardFixtures.futureTerm(board, 5);
		ClockUtil.setCurrentTime(Date.from(Instant.parse(term.getStartsOn().plusDays(10) + "T12:00:00Z")));
		board.appoint(term.getId(), BoardFixtures.user(users, Role.TRUSTEE), "AT", false, "admin");
		board.appoint(term.getId(), BoardFixtures.user(users, Role.TRUSTEE), "TH", false, "admin");

		assertThatThrownBy(board::requireQuorum).hasMessageContaining("Only 2 trustees are sitting")
			.hasMessageContaining("at least 3");

		board.appoint(term.getId(), BoardFixtures.user(users, Role.TRUSTEE), "NG", false, "admin");
		assertThatCode(board::requireQuorum).doesNotThrowAnyException();
	}

	@Test
	void refusesWhenNoBoardSits() {
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(1990, 6, 1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
		assertThatThrownBy(board::requireQuorum).hasMessageContaining("No Board is sitting");
	}
}
