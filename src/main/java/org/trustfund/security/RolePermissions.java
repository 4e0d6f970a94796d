package org.trustfund.security;

import static org.trustfund.security.Permission.*;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.trustfund.users.Role;

/**
 * The one place that knows which role may do what: each {@link Role} of DOMAIN.md with its {@link Permission}s.
 * A logged-in user holds the permissions of all their roles ({@link AppUser}); nothing else in the application
 * names a role to decide access. Adding a role is a constant in {@link Role}, a line here, and the BPMN
 * {@code candidateGroups} of the tasks it works on (tasks are offered to Camunda groups, one per role).
 * <p>
 * The table is the README's "Who may use what"; {@code RolePermissionsTest} checks that both agree and that
 * every permission belongs to at least one role.
 */
@NamedInterface("api")
public final class RolePermissions {

	private static final Map<Role, Set<Permission>> PERMISSIONS = new EnumMap<>(Role.class);

	static {
		PERMISSIONS.put(Role.NGO_MEMBER, EnumSet.of(READ_PROPOSALS, WRITE_PROPOSAL, READ_OWN_ORGANISATION,
				READ_GRANTS, ACT_AS_GRANTEE));
		PERMISSIONS.put(Role.REVIEWER, EnumSet.of(READ_PROPOSALS, REVIEW_PROPOSAL));
		PERMISSIONS.put(Role.FUND_MANAGER, EnumSet.of(READ_DRAFT_CALLS, MANAGE_CALLS, READ_CALL_BUDGET,
				READ_PROPOSALS, READ_ALL_PROPOSALS, READ_RECOMMENDATION, ADJUST_RECOMMENDATION, READ_ORGANISATIONS, VERIFY_ORGANISATIONS,
				IMPORT_HISTORY, READ_GRANTS, READ_ALL_GRANTS, PAY_TRANCHE, MANAGE_GRANTS, READ_LEDGER,
				READ_LEDGER_ENTRIES, CORRECT_LEDGER, MANAGE_DONORS, READ_RESERVE_LISTS, MANAGE_RESERVE_LISTS,
				READ_BOARD, READ_BOARD_PAPERS, CONVENE_BOARD, READ_FUND_REPORT, READ_ENGINE));
		PERMISSIONS.put(Role.TRUSTEE, EnumSet.of(READ_CALL_BUDGET, READ_RECOMMENDATION, READ_GRANTS,
				READ_ALL_GRANTS, READ_LEDGER, READ_RESERVE_LISTS, READ_BOARD, READ_BOARD_PAPERS, VOTE,
				READ_FUND_REPORT));
		PERMISSIONS.put(Role.BOARD_CHAIR, EnumSet.of(READ_GRANTS, READ_ALL_GRANTS, READ_RESERVE_LISTS, READ_BOARD,
				READ_BOARD_PAPERS, SIGN_OUTCOME, READ_FUND_REPORT));
		PERMISSIONS.put(Role.ADMIN, EnumSet.of(READ_DRAFT_CALLS, READ_CALL_BUDGET, READ_PROPOSALS,
				READ_ALL_PROPOSALS, READ_ORGANISATIONS, IMPORT_HISTORY, READ_BOARD, MANAGE_BOARD, READ_FUND_REPORT,
				ADMINISTER, MANAGE_USERS, MANAGE_API_TOKENS, MANAGE_OUTBOX, READ_ENGINE, OPERATE_ENGINE));
	}

	private RolePermissions() {
	}

	/** @return the permissions of {@code role}, unmodifiable (empty for a role not in the table) */
	public static Set<Permission> of(Role role) {
		return Collections.unmodifiableSet(PERMISSIONS.getOrDefault(role, EnumSet.noneOf(Permission.class)));
	}

	/** @return the union of the permissions of {@code roles} (empty for no roles) */
	public static Set<Permission> of(Collection<Role> roles) {
		Set<Permission> all = EnumSet.noneOf(Permission.class);
		roles.forEach(r -> all.addAll(of(r)));
		return all;
	}

	/** @return the roles holding {@code permission}, in {@link Role}'s order */
	public static List<Role> rolesWith(Permission permission) {
		return Arrays.stream(Role.values()).filter(r -> of(r).contains(permission)).toList();
	}

	/** @return the Camunda group ids ({@link Role#groupId()}) of the roles holding {@code permission} */
	public static String[] groupsWith(Permission permission) {
		return rolesWith(permission).stream().map(Role::groupId).toArray(String[]::new);
	}
}
