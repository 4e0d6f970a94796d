package org.trustfund.users;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.web.ListSpecs;

/** The administrators' list of users, searched, filtered, sorted and paged in the database. */
@org.springframework.modulith.NamedInterface("api")
@Service
public class UserSearch {

	private final UserAccounts users;
	private final List<WaitingOrganisations> waiting;

	UserSearch(UserAccounts users, List<WaitingOrganisations> waiting) {
		this.users = users;
		this.waiting = waiting;
	}

	/**
	 * What narrows the list; null fields do not narrow.
	 *
	 * @param like a lower-case SQL LIKE pattern escaped by \, matched against the username, the name and the e-mail
	 * @param enabled whether the account may log in
	 * @param organisationIds members of these organisations only (an empty set: nobody); null does not narrow
	 */
	public record Criteria(String like, Role role, Boolean enabled, Long organisationId,
			Collection<Long> organisationIds) {

		/** Without the organisations' set. */
		public Criteria(String like, Role role, Boolean enabled, Long organisationId) {
			this(like, role, enabled, organisationId, null);
		}
	}

	/**
	 * @return {@code c} narrowed to the members of organisations the secretariat has not verified yet (the list's
	 * filter {@code waiting=true} and the administrator's home figure)
	 */
	public Criteria waiting(Criteria c) {
		Set<Long> ids = new java.util.HashSet<>();
		waiting.forEach(w -> ids.addAll(w.awaitingVerification()));
		return new Criteria(c.like(), c.role(), c.enabled(), c.organisationId(), ids);
	}

	/** @return how many users wait for their organisation's verification (the list's {@code waiting=true}) */
	@Transactional(readOnly = true)
	public long countWaiting() {
		return count(waiting(new Criteria(null, null, null, null)));
	}

	/** @return how many users match {@code c} */
	@Transactional(readOnly = true)
	public long count(Criteria c) {
		return users.count(spec(c));
	}

	/** @return the users matching {@code c}, the page (or, with {@code Pageable.unpaged(sort)}, all) {@code page} asks */
	@Transactional(readOnly = true)
	public Page<UserAccount> page(Criteria c, Pageable page) {
		return users.findAll(spec(c), page);
	}

	private static Specification<UserAccount> spec(Criteria c) {
		Specification<UserAccount> withRole = (root, query, cb) -> c.role() == null ? null
				: cb.isMember(c.role(), root.<java.util.Set<Role>>get("roles"));
		Specification<UserAccount> inOrganisations = (root, query, cb) -> c.organisationIds() == null ? null
				: c.organisationIds().isEmpty() ? cb.disjunction() : root.get("organisationId").in(c.organisationIds());
		return Specification.allOf(ListSpecs.like(c.like(), "username", "displayName", "email"), withRole,
				ListSpecs.equal("enabled", c.enabled()), ListSpecs.equal("organisationId", c.organisationId()),
				inOrganisations);
	}
}
