package org.trustfund.users;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of DOMAIN.md. Each role's {@link #groupId()} is also the Camunda group id, used as
 * {@code candidateGroups} in the BPMN files and as the Spring Security role name.
 */
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

	public static Optional<Role> ofGroupId(String groupId) {
		return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
	}
}
