package org.trustfund.users;

/** Role names as constants, for {@code @PreAuthorize} expressions. */
public final class Roles {
	public static final String NGO = "ngo";
	public static final String REVIEWER = "reviewer";
	public static final String FUND_MANAGER = "fundmanager";
	public static final String TRUSTEE = "trustee";
	public static final String BOARD_CHAIR = "boardchair";
	public static final String ADMIN = "admin";

	/** Camunda group holding the members of one organisation, e.g. {@code org42}. */
	public static String organisationGroup(long organisationId) {
		return "org" + organisationId;
	}

	private Roles() {
	}
}
