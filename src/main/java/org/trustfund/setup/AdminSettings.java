package org.trustfund.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trustfund.setup.admin.*} (environment: {@code TRUSTFUND_SETUP_ADMIN_USERNAME}, {@code _PASSWORD},
 * {@code _EMAIL}, or the shorter {@code TRUSTFUND_ADMIN_*} mapped in {@code config/application.yaml}): the
 * first administrator of an empty database, read by {@link FirstAdministrator} only while no administrator
 * exists. Blank values count as unset.
 */
@ConfigurationProperties("trustfund.setup.admin")
public record AdminSettings(String username, String password, String email) {

	/** Shortest password accepted for the first administrator. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	/** True when a username or a password is given. */
	boolean given() {
		return !blank(username) || !blank(password);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
