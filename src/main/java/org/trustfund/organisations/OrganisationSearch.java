package org.trustfund.organisations;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations list searched, filtered, sorted and paged in the database (the fund's staff's list). */
@Service
public class OrganisationSearch {

	private final Organisations organisations;

	OrganisationSearch(Organisations organisations) {
		this.organisations = organisations;
	}

	/**
	 * What narrows the list; null fields do not narrow.
	 *
	 * @param like an SQL LIKE pattern, lower-case, escaped by \, matched against the name, the registration number
	 * and the contact's name and e-mail
	 * @param country ISO 3166-1 alpha-2, upper case
	 * @param from first day of sign-up (UTC), inclusive; {@code to} the last, inclusive
	 */
	public record Criteria(String like, String country, OrganisationStatus status, LocalDate from, LocalDate to) {
	}

	/** @return the page of organisations matching {@code c}, in {@code pageable}'s order */
	@Transactional(readOnly = true)
	public Page<Organisation> page(Criteria c, Pageable pageable) {
		return organisations.findAll(spec(c), pageable);
	}

	/** @return how many organisations match {@code c} */
	@Transactional(readOnly = true)
	public long count(Criteria c) {
		return organisations.count(spec(c));
	}

	/** @return every organisation matching {@code c}, in {@code sort}'s order (for the CSV export) */
	@Transactional(readOnly = true)
	public List<Organisation> all(Criteria c, Sort sort) {
		return organisations.findAll(spec(c), sort);
	}

	private static Specification<Organisation> spec(Criteria c) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (c.like() != null) {
				where.add(cb.or(cb.like(cb.lower(root.<String>get("name")), c.like(), '\\'),
						cb.like(cb.lower(root.<String>get("registrationNumber")), c.like(), '\\'),
						cb.like(cb.lower(root.<String>get("contactName")), c.like(), '\\'),
						cb.like(cb.lower(root.<String>get("contactEmail")), c.like(), '\\')));
			}
			if (c.country() != null) {
				where.add(cb.equal(root.get("country"), c.country()));
			}
			if (c.status() != null) {
				where.add(cb.equal(root.get("status"), c.status()));
			}
			if (c.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.<Instant>get("createdAt"),
						c.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			if (c.to() != null) {
				where.add(cb.lessThan(root.<Instant>get("createdAt"),
						c.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
