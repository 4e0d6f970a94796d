package org.trustfund.users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/** Creates, edits and disables users. Passwords are stored as BCrypt hashes only. */
@NamedInterface("api")
@Service
public class UserService {

	private static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._]{1,39}";

	private final UserAccounts users;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	UserService(UserAccounts users, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public UserAccount create(String username, String displayName, String email, String password, Set<Role> roles,
			Long organisationId) {
		if (username == null || !username.matches(USERNAME_PATTERN)) {
			throw ValidationException.keyed("username", "error.user.username",
					"Use 2 to 40 lower-case letters, digits, dots or underscores, starting with a letter or digit");
		}
		if (users.existsById(username)) {
			throw ValidationException.keyed("username", "error.user.taken", "This username is already taken");
		}
		checkPassword(password);
		try {
			return users.save(new UserAccount(username, displayName, email, passwordEncoder.encode(password), roles,
					organisationId, clock.instant()));
		}
		catch (IllegalArgumentException e) {
			throw ValidationException.keyed("roles", "error.asWritten", e.getMessage(), e.getMessage());
		}
	}

	@Transactional
	public UserAccount update(String username, String displayName, String email, Set<Role> roles, Long organisationId,
			boolean enabled) {
		UserAccount user = get(username);
		try {
			user.update(displayName, email, roles, organisationId);
		}
		catch (IllegalArgumentException e) {
			throw ValidationException.keyed("roles", "error.asWritten", e.getMessage(), e.getMessage());
		}
		if (enabled) {
			user.enable();
		}
		else {
			user.disable();
		}
		return user;
	}

	@Transactional
	public void changePassword(String username, String password) {
		checkPassword(password);
		get(username).changePasswordHash(passwordEncoder.encode(password));
	}

	@Transactional
	public void preferLanguage(String username, String language) {
		users.findById(username).ifPresent(u -> u.preferLanguage(language));
	}

	/**
	 * @param username an existing user ({@code NotFoundException} otherwise)
	 * @param zoneId an IANA zone id from {@link java.time.ZoneId#getAvailableZoneIds()}, e.g. "Africa/Nairobi";
	 *        blank or {@code null} for UTC
	 * @throws ValidationException on field {@code timeZone} for an unknown zone
	 */
	@Transactional
	public void preferTimeZone(String username, String zoneId) {
		String id = zoneId == null ? "" : zoneId.strip();
		if (!id.isEmpty() && !org.trustfund.shared.Readable.knownZone(id)) {
			throw ValidationException.keyed("timeZone", "profile.timeZoneInvalid",
					"Choose one of the offered time zones.");
		}
		get(username).preferTimeZone(id.isEmpty() ? null : java.time.ZoneId.of(id));
	}

	/** @return the zone the user reads times in, or empty for UTC (also for an unknown user) */
	@Transactional(readOnly = true)
	public Optional<java.time.ZoneId> timeZoneOf(String username) {
		return find(username).map(UserAccount::getTimeZone);
	}

	@Transactional(readOnly = true)
	public UserAccount get(String username) {
		return users.findById(username).orElseThrow(() -> NotFoundException.keyed("notFound.user", "No user " + username, username));
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> find(String username) {
		return username == null ? Optional.empty() : users.findById(username);
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public List<UserAccount> membersOf(long organisationId) {
		return users.findByOrganisationIdOrderByUsername(organisationId);
	}

	@Transactional(readOnly = true)
	public List<UserAccount> withRole(Role role) {
		return users.findEnabledByRole(role);
	}

	private static void checkPassword(String password) {
		// The length rule is checked on the forms and API (PasswordRules); demo users have "demo".
		if (password == null || password.isBlank()) {
			throw ValidationException.keyed("password", "error.user.passwordMissing", "A password is required");
		}
		if (!PasswordBytes.Check.fits(password)) {
			throw ValidationException.keyed("password", "error.user.passwordTooLong",
					"A password may have at most 72 bytes (72 letters of the Latin alphabet, fewer in other scripts)");
		}
	}
}
