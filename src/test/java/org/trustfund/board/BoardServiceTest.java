package org.trustfund.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;
import org.trustfund.shared.ValidationException;

@IntegrationTest
class BoardServiceTest {

	@Autowired
	BoardService board;

	@Autowired
	UserService users;

	@Test
	void appointsTrusteesWithCountryAndOneChair() {
		BoardTerm term = BoardFixtures.futureTerm(board, 5);
		String chair = BoardFixtures.user(users, Role.TRUSTEE, Role.BOARD_CHAIR);
		String member = BoardFixtures.user(users, Role.TRUSTEE);
		board.appoint(term.getId(), chair, "at", true, "admin");
		board.appoint(term.getId(), member, "TH", false, "admin");

		assertThat(board.trusteesOf(term.getId())).extracting(Trustee::getUsername, Trustee::getCountry,
				Trustee::isChair)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(chair, "AT", true),
					org.assertj.core.groups.Tuple.tuple(member, "TH", false));
	}

	@Test
	void refusesMoreTrusteesThanSeats() {
		BoardTerm term = BoardFixtures.futureTerm(board, 1);
		board.appoint(term.getId(), BoardFixtures.user(users, Role.TRUSTEE), "AT", false, "admin");
		String another = BoardFixtures.user(users, Role.TRUSTEE);
		assertThatThrownBy(() -> board.appoint(term.getId(), another, "TH", false, "admin"))
			.isInstanceOf(ValidationException.class).hasMessageContaining("All 1 seats");
		assertThat(board.trusteesOf(term.getId())).hasSize(1);
	}

	@Test
	void refusesASecondChairAChairWithoutTheRoleAndNonTrustees() {
		BoardTerm term = BoardFixtures.futureTerm(board, 5);
		board.appoint(term.getId(), BoardFixtures.user(users, Role.TRUSTEE, Role.BOARD_CHAIR), "AT", true, "admin");
		String secondChair = BoardFixtures.user(users, Role.TRUSTEE, Role.BOARD_CHAIR);
		String plainTrustee = BoardFixtures.user(users, Role.TRUSTEE);
		String reviewer = BoardFixtures.user(users, Role.REVIEWER);

		assertThatThrownBy(() -> board.appoint(term.getId(), secondChair, "TH", true, "admin"))
			.hasMessageContaining("already has a chair");
		assertThatThrownBy(() -> board.appoint(term.getId(), plainTrustee, "TH", true, "admin"))
			.hasMessageContaining("Board chair role");
		assertThatThrownBy(() -> board.appoint(term.getId(), reviewer, "TH", false, "admin"))
			.hasMessageContaining("trustee role");
		assertThatThrownBy(() -> board.appoint(term.getId(), plainTrustee, "Thailand", false, "admin"))
			.hasMessageContaining("country");
		assertThat(board.trusteesOf(term.getId())).hasSize(1);
	}

	@Test
	void refusesTheSameTrusteeTwiceAndATermEndingBeforeItStarts() {
		BoardTerm term = BoardFixtures.futureTerm(board, 5);
		String trustee = BoardFixtures.user(users, Role.TRUSTEE);
		board.appoint(term.getId(), trustee, "AT", false, "admin");
		assertThatThrownBy(() -> board.appoint(term.getId(), trustee, "AT", false, "admin"))
			.hasMessageContaining("already sits");
		assertThatThrownBy(() -> board.recordTerm("Backwards", LocalDate.of(2200, 1, 1), LocalDate.of(2199, 1, 1),
				5, "admin"))
			.isInstanceOf(ValidationException.class).hasMessageContaining("end after");
	}

	@Test
	void quorumIsAMajorityOfSeats() {
		BoardTerm five = BoardFixtures.futureTerm(board, 5);
		BoardTerm four = BoardFixtures.futureTerm(board, 4);
		assertThat(five.quorum()).isEqualTo(3);
		assertThat(four.quorum()).isEqualTo(3);
	}
}
