package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.web.ListSpecs;

/**
 * The fund manager's lists of donors, pledges and contributions, searched, filtered, sorted and paged in the
 * database. A null criterion does not narrow; {@code like} is a lower-case SQL LIKE pattern escaped by \ (as
 * {@link org.trustfund.web.ListQuery#like()} gives); dates are inclusive. Pass {@code Pageable.unpaged(sort)} for
 * every row (a CSV export).
 */
@Service
@NamedInterface("api")
public class DonorLists {

	private final Donors donors;
	private final Pledges pledges;
	private final Contributions contributions;

	DonorLists(Donors donors, Pledges pledges, Contributions contributions) {
		this.donors = donors;
		this.pledges = pledges;
		this.contributions = contributions;
	}

	/** @param like matched against the name and the contact's name and e-mail */
	public record DonorCriteria(String like, DonorKind kind, String country) {
	}

	/** @param like matched against the donor's name and the earmark; {@code from}, {@code to}: the expected date */
	public record PledgeCriteria(String like, Long donorId, PledgeStatus status, String currency, LocalDate from,
			LocalDate to) {
	}

	/** @param like matched against the donor's name and the bank reference; {@code from}, {@code to}: the day received */
	public record ContributionCriteria(String like, Long donorId, String currency, LocalDate from, LocalDate to) {
	}

	@Transactional(readOnly = true)
	public Page<Donor> donors(DonorCriteria c, Pageable page) {
		Specification<Donor> spec = Specification.allOf(ListSpecs.like(c.like(), "name", "contactName", "contactEmail"),
				ListSpecs.equal("kind", c.kind()), ListSpecs.equal("country", c.country()));
		return donors.findAll(spec, page);
	}

	@Transactional(readOnly = true)
	public Page<Pledge> pledges(PledgeCriteria c, Pageable page) {
		Specification<Pledge> spec = Specification.allOf(ofDonorsNamed(c.like(), "earmark"),
				ListSpecs.equal("donorId", c.donorId()), ListSpecs.equal("status", c.status()),
				ListSpecs.equal("currency", c.currency()), ListSpecs.between("expectedOn", c.from(), c.to()));
		return pledges.findAll(spec, page);
	}

	@Transactional(readOnly = true)
	public Page<Contribution> contributions(ContributionCriteria c, Pageable page) {
		Specification<Contribution> spec = Specification.allOf(ofDonorsNamed(c.like(), "bankReference"),
				ListSpecs.equal("donorId", c.donorId()), ListSpecs.equal("currency", c.currency()),
				ListSpecs.between("receivedOn", c.from(), c.to()));
		return contributions.findAll(spec, page);
	}

	/** Rows whose donor's name matches {@code like}, or whose own text property {@code prop} does. */
	private static <T> Specification<T> ofDonorsNamed(String like, String prop) {
		return (root, query, cb) -> {
			if (like == null) {
				return null;
			}
			var named = query.subquery(Long.class);
			var d = named.from(Donor.class);
			named.select(d.get("id")).where(cb.like(cb.lower(d.<String>get("name")), like, '\\'));
			return cb.or(root.get("donorId").in(named), cb.like(cb.lower(root.<String>get(prop)), like, '\\'));
		};
	}
}
