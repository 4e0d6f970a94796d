package org.trustfund.ledger;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which entries to list: each criterion is optional; dates are value dates, both ends included. {@code bucket}
 * takes every entry that moved that bucket, corrections included (the fund's report links its paid-in figures so).
 */
public record LedgerFilter(EntryType type, LocalDate from, LocalDate to, Long donorId, Bucket bucket) {

	public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null);

	/** A filter without a bucket criterion. */
	public LedgerFilter(EntryType type, LocalDate from, LocalDate to, Long donorId) {
		this(type, from, to, donorId, null);
	}

	Specification<LedgerEntry> specification() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (type != null) {
				where.add(cb.equal(root.get("type"), type));
			}
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("valueDate"), from));
			}
			if (to != null) {
				where.add(cb.lessThanOrEqualTo(root.get("valueDate"), to));
			}
			if (donorId != null) {
				where.add(cb.equal(root.get("donorId"), donorId));
			}
			if (bucket != null) {
				where.add(cb.equal(root.get("bucket"), bucket));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
