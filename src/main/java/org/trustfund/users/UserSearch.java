package org.trustfund.users;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.web.ListSpecs;

/** The administrators' list of users, searched, filtered, sorted and paged in the database. */
@Service
public class UserSearch {

	private final UserAccounts users;

	UserSearch(UserAccounts users) {
		this.users = users;
	}

	/**
	 * What narrows the list; null fields do not narrow.
	 *
	 * @param like a lower-case SQL LIKE pattern escaped by \, matched against the username, the name and the e-mail
	 * @param enabled whether the account may log in
	 */
	public record Criteria(String like, Role role, Boolean enabled, Long organisationId) {
	}

	/** @return the users matching {@code c}, the page (or, with {@code Pageable.unpaged(sort)}, all) {@code page} asks */
	@Transactional(readOnly = true)
	public Page<UserAccount> page(Criteria c, Pageable page) {
		Specification<UserAccount> withRole = (root, query, cb) -> c.role() == null ? null
				: cb.isMember(c.role(), root.<java.util.Set<Role>>get("roles"));
		return users.findAll(Specification.allOf(ListSpecs.like(c.like(), "username", "displayName", "email"), withRole,
				ListSpecs.equal("enabled", c.enabled()), ListSpecs.equal("organisationId", c.organisationId())), page);
	}
}
