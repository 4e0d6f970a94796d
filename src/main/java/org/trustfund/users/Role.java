package org.trustfund.users;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The roles of DOMAIN.md. Each role's {@link #groupId()} is also the Camunda group id, used as
 * {@code candidateGroups} in the BPMN files and as the Spring Security role name ({@link #authority()}).
 * What each role may do is not decided here but in {@code security.RolePermissions}, the one mapping of roles
 * to permissions.
 */
@NamedInterface("api")
public enum Role {
	NGO_MEMBER("ngo", "NGO member"),
	REVIEWER("reviewer", "Reviewer"),
	FUND_MANAGER("fundmanager", "Fund manager"),
	TRUSTEE("trustee", "Trustee"),
	BOARD_CHAIR("boardchair", "Board chair"),
	ADMIN("admin", "Administrator");

	private final String groupId;
	private final String label;

	Role(String groupId, String label) {
		this.groupId = groupId;
		this.label = label;
	}

	public String groupId() {
		return groupId;
	}

	public String label() {
		return label;
	}

	public String authority() {
		return "ROLE_" + groupId;
	}

	/** Camunda group holding the members of one organisation, e.g. {@code org42}. */
	public static String organisationGroup(long organisationId) {
		return "org" + organisationId;
	}

	public static Optional<Role> ofGroupId(String groupId) {
		return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
	}
}
