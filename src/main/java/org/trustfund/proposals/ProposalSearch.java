package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.organisations.Organisation;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/**
 * The proposals list searched, filtered, sorted and paged in the database, within what the user may see by the
 * rule of {@link ProposalVisibility}: the fund's staff every proposal, an NGO member their organisation's, a
 * reviewer the proposals assigned to them. The page and its CSV export read through the same criteria.
 */
@Service
@NamedInterface("api")
public class ProposalSearch {

	private final Proposals proposals;
	private final ReviewService reviews;

	ProposalSearch(Proposals proposals, ReviewService reviews) {
		this.proposals = proposals;
		this.reviews = reviews;
	}

	/**
	 * What narrows the list; every field may be null (no narrowing).
	 *
	 * @param like an SQL LIKE pattern, lower-case, escaped by \, matched against the title and the organisation's name
	 * @param country ISO 3166-1 alpha-2, upper case
	 * @param from first day of submission (UTC), inclusive
	 * @param to last day of submission (UTC), inclusive
	 */
	public record Criteria(String like, Long callId, ProposalStatus status, String country, Long organisationId,
			LocalDate from, LocalDate to) {
	}

	/**
	 * @param pageable the page and its sort (properties of {@link Proposal})
	 * @return the page of proposals {@code user} may see that match {@code c}
	 * @throws AccessDeniedException when the user may see no proposals at all (trustees, the chair)
	 */
	@Transactional(readOnly = true)
	public Page<Proposal> page(AppUser user, Criteria c, Pageable pageable) {
		return proposals.findAll(spec(user, c), pageable);
	}

	/** @return how many proposals {@code user} may see match {@code c} */
	@Transactional(readOnly = true)
	public long count(AppUser user, Criteria c) {
		return proposals.count(spec(user, c));
	}

	/** As {@link #page}, every matching proposal (for the CSV export). */
	@Transactional(readOnly = true)
	public List<Proposal> all(AppUser user, Criteria c, Sort sort) {
		return proposals.findAll(spec(user, c), sort);
	}

	private Specification<Proposal> spec(AppUser user, Criteria c) {
		List<Long> assigned = ProposalVisibility.readsAll(user) || ownsProposals(user) ? null
				: user.can(Permission.REVIEW_PROPOSAL) ? reviews.proposalIdsOf(user.getUsername()) : null;
		if (!ProposalVisibility.readsAll(user) && !ownsProposals(user) && assigned == null) {
			throw new AccessDeniedException("Proposals are for the fund's staff, NGOs and reviewers");
		}
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!ProposalVisibility.readsAll(user)) {
				if (ownsProposals(user)) {
					where.add(cb.equal(root.get("organisationId"), user.organisationId()));
				}
				else {
					where.add(assigned.isEmpty() ? cb.disjunction() : root.get("id").in(assigned));
				}
			}
			if (c.like() != null) {
				var names = query.subquery(Long.class);
				var o = names.from(Organisation.class);
				names.select(o.get("id")).where(cb.like(cb.lower(o.<String>get("name")), c.like(), '\\'));
				where.add(cb.or(cb.like(cb.lower(root.<String>get("title")), c.like(), '\\'),
						root.get("organisationId").in(names)));
			}
			if (c.callId() != null) {
				where.add(cb.equal(root.get("callId"), c.callId()));
			}
			if (c.status() != null) {
				where.add(cb.equal(root.get("status"), c.status()));
			}
			if (c.country() != null) {
				where.add(cb.equal(root.get("country"), c.country()));
			}
			if (c.organisationId() != null) {
				where.add(cb.equal(root.get("organisationId"), c.organisationId()));
			}
			if (c.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.<java.time.Instant>get("submittedAt"), c.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			if (c.to() != null) {
				where.add(cb.lessThan(root.<java.time.Instant>get("submittedAt"), c.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static boolean ownsProposals(AppUser user) {
		return user.can(Permission.WRITE_PROPOSAL) && user.organisationId() != null;
	}
}
