package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;

/** Member States and private donors, and each donor's totals. */
@Service
@NamedInterface("api")
public class DonorService {

	private final Donors donors;
	private final Pledges pledges;
	private final Contributions contributions;
	private final Clock clock;

	DonorService(Donors donors, Pledges pledges, Contributions contributions, Clock clock) {
		this.donors = donors;
		this.pledges = pledges;
		this.contributions = contributions;
		this.clock = clock;
	}

	@Transactional
	public Donor create(DonorForm form, String actor) {
		check(form, null);
		return donors.save(new Donor(form, actor, clock.instant()));
	}

	/**
	 * Records a donor from a history import, under the fund's own reference (unique among imported donors).
	 * @throws ValidationException with a message per invalid field, as {@link #create}
	 */
	@Transactional
	public Donor importDonor(String reference, DonorForm form, String actor) {
		check(form, null);
		Donor donor = new Donor(form, actor, clock.instant());
		donor.imported(reference);
		return donors.save(donor);
	}

	/** @return the donor a history import recorded under {@code reference}, if any */
	@Transactional(readOnly = true)
	public java.util.Optional<Donor> imported(String reference) {
		return donors.findByImportedRef(reference);
	}

	/** @return whether a Member State donor exists for the ISO 3166 alpha-2 {@code country} */
	@Transactional(readOnly = true)
	public boolean memberStateExists(String country) {
		return donors.existsByKindAndCountryAndIdNot(DonorKind.MEMBER_STATE, country, -1L);
	}

	@Transactional
	public Donor update(long id, DonorForm form) {
		Donor donor = get(id);
		check(form, id);
		donor.update(form);
		return donor;
	}

	@Transactional(readOnly = true)
	public Donor get(long id) {
		return donors.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.donor", "No donor " + id, String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<Donor> all() {
		return donors.findAllByOrderByName();
	}

	/** Donor names by id, for lists. */
	@Transactional(readOnly = true)
	public Map<Long, String> names() {
		Map<Long, String> names = new LinkedHashMap<>();
		all().forEach(d -> names.put(d.getId(), d.getName()));
		return names;
	}

	@Transactional(readOnly = true)
	public DonorSummary summary(long id) {
		Map<String, BigDecimal> pledged = new TreeMap<>();
		Map<String, BigDecimal> unpaid = new TreeMap<>();
		for (Pledge p : pledges.findByDonorIdOrderByExpectedOnDesc(id)) {
			if (p.getStatus() == PledgeStatus.WRITTEN_OFF) {
				continue;
			}
			pledged.merge(p.getCurrency(), p.getAmount(), BigDecimal::add);
			if (p.getStatus().isOutstanding()) {
				unpaid.merge(p.getCurrency(), p.remaining(), BigDecimal::add);
			}
		}
		long count = contributions.findByDonorIdOrderByReceivedOnDescIdDesc(id).stream().filter(c -> !c.isReversed())
			.count();
		return new DonorSummary(pledged, unpaid, contributions.paidUsd(id).setScale(2), count);
	}

	private void check(DonorForm form, Long id) {
		Map<String, Keyed> errors = new LinkedHashMap<>();
		CurrencyAmounts.text("name", form.name(), 200, true, errors);
		if (form.kind() == null) {
			errors.put("kind", new Keyed("error.donor.kind",
					"Choose Member State, foundation, company or individual"));
		}
		String country = form.country() == null ? "" : form.country().strip().toUpperCase(Locale.ROOT);
		if (!country.isEmpty() && !List.of(Locale.getISOCountries()).contains(country)) {
			errors.put("country", new Keyed("error.donor.country",
					"Choose a country"));
		}
		if (form.kind() == DonorKind.MEMBER_STATE) {
			if (country.isEmpty()) {
				errors.put("country", new Keyed("error.donor.countryNeeded",
					"A Member State donor needs its country"));
			}
			else if (donors.existsByKindAndCountryAndIdNot(DonorKind.MEMBER_STATE, country, id == null ? -1 : id)) {
				errors.put("country", new Keyed("error.donor.memberStateExists",
					"This Member State is already a donor"));
			}
			if (form.anonymousInReports()) {
				errors.put("anonymous", new Keyed("error.donor.anonymous",
					"Member States are named in reports; only private donors can be anonymous"));
			}
		}
		CurrencyAmounts.text("contactName", form.contactName(), 200, false, errors);
		String email = CurrencyAmounts.text("contactEmail", form.contactEmail(), 200, false, errors);
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("contactEmail", new Keyed("error.email.invalid",
					"Give a valid e-mail address"));
		}
		CurrencyAmounts.text("notes", form.notes(), 2000, false, errors);
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
	}
}
