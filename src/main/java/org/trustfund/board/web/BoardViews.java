package org.trustfund.board.web;

import java.time.LocalDate;
import java.util.List;
import org.trustfund.board.BoardTerm;
import org.trustfund.board.Trustee;

/** The Board as the API shows it. */
final class BoardViews {

	private BoardViews() {
	}

	record TermView(Long id, String name, LocalDate startsOn, LocalDate endsOn, int seats, int quorum,
			List<TrusteeView> trustees) {
		static TermView of(BoardTerm t, List<Trustee> trustees) {
			return new TermView(t.getId(), t.getName(), t.getStartsOn(), t.getEndsOn(), t.getSeats(), t.quorum(),
					trustees.stream().map(TrusteeView::of).toList());
		}
	}

	record TrusteeView(Long id, String username, String country, boolean chair) {
		static TrusteeView of(Trustee t) {
			return new TrusteeView(t.getId(), t.getUsername(), t.getCountry(), t.isChair());
		}
	}

	record SittingBoard(TermView term, int sitting, boolean quorumPossible) {
	}
}
