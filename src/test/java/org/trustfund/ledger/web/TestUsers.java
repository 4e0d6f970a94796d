package org.trustfund.ledger.web;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustfund.files.Upload;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.SignUp;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** One user per role, created once per Spring context, logged in as the application's own principal. */
final class TestUsers {

	static final String FUND_MANAGER = "ledger_fm";
	static final String TRUSTEE = "ledger_trustee";
	static final String CHAIR = "ledger_chair";
	static final String REVIEWER = "ledger_reviewer";
	static final String ADMIN = "ledger_admin";
	static final String NGO = "ledger_ngo";

	private TestUsers() {
	}

	static void ensure(UserService users, OrganisationService organisations) {
		if (users.all().stream().anyMatch(u -> u.getUsername().equals(FUND_MANAGER))) {
			return;
		}
		create(users, FUND_MANAGER, EnumSet.of(Role.FUND_MANAGER));
		create(users, TRUSTEE, EnumSet.of(Role.TRUSTEE));
		create(users, CHAIR, EnumSet.of(Role.TRUSTEE, Role.BOARD_CHAIR));
		create(users, REVIEWER, EnumSet.of(Role.REVIEWER));
		create(users, ADMIN, EnumSet.of(Role.ADMIN));
		organisations.signUp(new SignUp("Ledger Test Shelter", "TH", "LEDGER-" + System.nanoTime(), "1 Road", "Contact",
				"ngo@ledger.example", "", "Holder", "Bank", "GB29NWBK60161331926819", "", NGO, "password123"),
				Upload.of("registration.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
	}

	static UserDetails as(UserDetailsService details, String username) {
		return details.loadUserByUsername(username);
	}

	/**
	 * A user whose display name is a person's name ({@code ledger_reviewer} is "Ledger Reviewer"), as the
	 * application's users have: the test database is shared by every test class of a JVM, and other classes check
	 * that pages name people rather than show usernames.
	 */
	private static void create(UserService users, String name, Set<Role> roles) {
		String person = java.util.Arrays.stream(name.split("_"))
			.map(w -> w.equals("fm") ? "Fund Manager" : Character.toUpperCase(w.charAt(0)) + w.substring(1))
			.collect(java.util.stream.Collectors.joining(" "));
		users.create(name, person, name + "@trustfund.example", "password123", roles, null);
	}
}
