package org.trustfund.setup;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;

/**
 * The first administrator of a real fund: created from {@link AdminSettings} when no user with the
 * administrator role exists (an empty database without the demo profile), never changed afterwards. With
 * an administrator in place the settings are ignored and the log asks to remove them. A username without a
 * password of at least {@value AdminSettings#MIN_PASSWORD_LENGTH} characters stops the start with an
 * {@link IllegalStateException} naming the rule; there is no default password. Runs after the demo data
 * (whose {@code admin} counts as an administrator).
 */
@Component
@Order(100)
class FirstAdministrator implements StartupStep {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserService users;
	private final AdminSettings settings;

	FirstAdministrator(UserService users, AdminSettings settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public void run() {
		boolean adminExists = users.all().stream().anyMatch(u -> u.getRoles().contains(Role.ADMIN));
		if (adminExists) {
			if (settings.given()) {
				log.warn("An administrator exists: TRUSTFUND_ADMIN_USERNAME, TRUSTFUND_ADMIN_PASSWORD and "
						+ "TRUSTFUND_ADMIN_EMAIL (trustfund.setup.admin.*) are ignored; remove them from the "
						+ "environment");
			}
			return;
		}
		if (!settings.given()) {
			log.warn("""
					No administrator exists and none is configured. Nobody can log in. Start once with \
					TRUSTFUND_ADMIN_USERNAME, TRUSTFUND_ADMIN_PASSWORD (at least {} characters) and \
					TRUSTFUND_ADMIN_EMAIL set to create the first administrator (README: First administrator), \
					then remove them.""", AdminSettings.MIN_PASSWORD_LENGTH);
			return;
		}
		UserAccount admin = users.create(username(), "Administrator", blankToNull(settings.email()), password(),
				EnumSet.of(Role.ADMIN), null);
		log.info("Created the first administrator '{}'. Remove TRUSTFUND_ADMIN_USERNAME, TRUSTFUND_ADMIN_PASSWORD "
				+ "and TRUSTFUND_ADMIN_EMAIL from the environment: they are not read again", admin.getUsername());
	}

	private String username() {
		if (AdminSettings.blank(settings.username())) {
			throw new IllegalStateException("TRUSTFUND_ADMIN_PASSWORD is set but TRUSTFUND_ADMIN_USERNAME is not: "
					+ "the first administrator needs both");
		}
		return settings.username().trim();
	}

	private String password() {
		String password = settings.password();
		if (password == null || password.length() < AdminSettings.MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException("TRUSTFUND_ADMIN_PASSWORD must have at least "
					+ AdminSettings.MIN_PASSWORD_LENGTH + " characters: the first administrator was not created");
		}
		return password;
	}

	private static String blankToNull(String value) {
		return AdminSettings.blank(value) ? null : value.trim();
	}
}
