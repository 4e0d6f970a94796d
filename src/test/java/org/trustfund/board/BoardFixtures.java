package org.trustfund.board;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** Creates trustees with unique usernames, so tests can share one Spring context. */
final class BoardFixtures {

	static final String PASSWORD = "secret-password";

	private BoardFixtures() {
	}

	static String user(UserService users, Role... roles) {
		String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		EnumSet<Role> set = EnumSet.noneOf(Role.class);
		for (Role r : roles) {
			set.add(r);
		}
		users.create(name, "Test " + name, name + "@example.org", PASSWORD, set, null);
		return name;
	}

	/** A term far in the future, so it never is the Board sitting today unless a test wants it to. */
	static BoardTerm futureTerm(BoardService board, int seats) {
		int year = 2100 + (int) (Math.random() * 800);
		return board.recordTerm("Board " + year, LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), seats,
				"admin");
	}
}
