package org.trustfund.security;

import org.springframework.modulith.NamedInterface;

/**
 * What a logged-in user may do or see, independent of who they are. Roles are mapped to permissions in
 * one place, {@link RolePermissions}; everything else asks for a permission: {@code @PreAuthorize(
 * "hasAuthority('PAY_TRANCHE')")} on controllers, {@link SecurityConfig}'s URL rules, {@code
 * sec:authorize="hasAuthority('…')"} in templates, and {@link AppUser#can(Permission)} in code. Each constant's
 * {@link #name()} is the Spring Security authority a user holds (next to {@code ROLE_<groupId>} for each role).
 * <p>
 * Which records a permitted user sees (their own organisation's proposals and grants, the proposals assigned
 * to a reviewer, the tasks of their Camunda groups) is not a permission: it is a query of the owning service.
 * The README's "Who may use what" table lists the roles holding each permission.
 */
@NamedInterface("api")
public enum Permission {

	/** See calls still in draft (everyone else sees published calls only). */
	READ_DRAFT_CALLS,
	/** Draft, change and publish calls for proposals. */
	MANAGE_CALLS,
	/** See a call's envelope and quality threshold on its page. */
	READ_CALL_BUDGET,
	/** Open the proposals page; which proposals are listed is {@code ProposalVisibility}'s query. */
	READ_PROPOSALS,
	/** Read every proposal of every call, its reviews and its process diagram. */
	READ_ALL_PROPOSALS,
	/** Draft, change, attach files to and submit proposals for one's own organisation. */
	WRITE_PROPOSAL,
	/** Review the proposals assigned to oneself, and read the others' reviews once one's own is submitted. */
	REVIEW_PROPOSAL,
	/** Read a call's ranked recommendation. */
	READ_RECOMMENDATION,
	/** Change a proposal's recommendation (fund / reserve / reject), with a reason. */
	ADJUST_RECOMMENDATION,
	/** Read every organisation and its documents. */
	READ_ORGANISATIONS,
	/** Verify organisations that signed up (the verification task; told when an NGO answers a question). */
	VERIFY_ORGANISATIONS,
	/** Read one's own organisation ({@code /api/organisations/mine}, "My organisation" in the menu). */
	READ_OWN_ORGANISATION,
	/** Import the fund's past (calls, grants, money) from CSV or .xlsx files. */
	IMPORT_HISTORY,
	/** Open the grants pages; an NGO member sees its own organisation's grants only ({@code GrantAccess.visibleTo}). */
	READ_GRANTS,
	/** Read every grant, the grants summary and the grants CSV export. */
	READ_ALL_GRANTS,
	/** Act as a grantee on one's own organisation's grants: accept the agreement, report, ask for amendments. */
	ACT_AS_GRANTEE,
	/** Pay a grant's tranche (a disbursement in the fund ledger). */
	PAY_TRANCHE,
	/** Review grantees' reports, decide amendments and book refunds. */
	MANAGE_GRANTS,
	/** Read the fund's balances and the reconciliation of the ledger. */
	READ_LEDGER,
	/** Read the ledger's entries one by one and export them; links to the ledger from the fund's report. */
	READ_LEDGER_ENTRIES,
	/** Correct a ledger entry (by a correcting entry) and set the operating reserve. */
	CORRECT_LEDGER,
	/** Manage donors, pledges and contributions. */
	MANAGE_DONORS,
	/** Read the reserve lists of calls. */
	READ_RESERVE_LISTS,
	/** Withdraw projects from a reserve list and change its expiry. */
	MANAGE_RESERVE_LISTS,
	/** Read the sitting Board, its terms, its sessions and their minutes. */
	READ_BOARD,
	/** Read the papers of a Board session. */
	READ_BOARD_PAPERS,
	/** Convene a Board session on a call's recommendation or on a reserve list. */
	CONVENE_BOARD,
	/** Vote in a Board session (one's own ballot). */
	VOTE,
	/** Sign a Board session's outcome (the chair's signature task), which opens its grants and reserve list. */
	SIGN_OUTCOME,
	/** Record Board terms, appoint and remove trustees. */
	MANAGE_BOARD,
	/** Read the fund's report, donors' statements and the open data (360Giving) export. */
	READ_FUND_REPORT,
	/** Open the administration area ({@code /admin/**}, {@code /api/admin/**}) and the actuator. */
	ADMINISTER,
	/** Manage users, their roles and organisation membership. */
	MANAGE_USERS,
	/** See and revoke every user's API tokens (everyone manages their own). */
	MANAGE_API_TOKENS,
	/** See and retry owed process messages and e-mails (the outbox). */
	MANAGE_OUTBOX,
	/** Use Camunda Cockpit and read the engine's REST API (Camunda authorizations keep it read-only). */
	READ_ENGINE,
	/**
	 * Operate the engine: Camunda Admin and Tasklist, the user directory and writes on the engine's REST API.
	 * The roles holding it are Camunda administrators (admin groups of the identity plugin).
	 */
	OPERATE_ENGINE;

	/** @return the Spring Security authority naming this permission, e.g. {@code "PAY_TRANCHE"} */
	public String authority() {
		return name();
	}
}
