package org.trustfund.reporting;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.donors.DonorDirectory;
import org.trustfund.donors.DonorDirectory.DonorCard;
import org.trustfund.grants.GrantReporting;
import org.trustfund.ledger.LedgerPeriods;
import org.trustfund.shared.NotFoundException;

/**
 * A donor's statement: for each year the donor paid or pledged, what it paid (USD, value dates, corrections
 * netted) and pledged (written-off pledges left out, in the pledges' currencies), and what the fund did that year:
 * grants awarded, their countries, victims assisted. For the fund's staff: it names the donor even when the donor
 * is anonymous in public reports.
 */
@Service
@NamedInterface("api")
public class DonorStatements {

	private final DonorDirectory donors;
	private final LedgerPeriods ledger;
	private final GrantReporting grants;

	DonorStatements(DonorDirectory donors, LedgerPeriods ledger, GrantReporting grants) {
		this.donors = donors;
		this.ledger = ledger;
		this.grants = grants;
	}

	/** One year of a statement. */
	public record Year(int year, BigDecimal paid, Map<String, BigDecimal> pledged, long grants, BigDecimal awarded,
			List<String> countries, long victims) {
	}

	/** The statement: the donor, its years in order, and the total it paid. */
	public record Statement(DonorCard donor, List<Year> years, BigDecimal totalPaid) {
	}

	/** @throws NotFoundException (404) when there is no such donor */
	@Transactional(readOnly = true)
	public Statement of(long donorId) {
		DonorCard donor = donors.cards().get(donorId);
		if (donor == null) {
			throw NotFoundException.keyed("notFound.donor", "No donor " + donorId, String.valueOf(donorId));
		}
		Map<Integer, BigDecimal> paid = new TreeMap<>();
		for (LedgerPeriods.DonorYear r : ledger.paidInByYearAndDonor(LedgerPeriods.INCEPTION, LocalDate.of(9999, 12, 31))) {
			if (r.donorId() != null && r.donorId() == donorId) {
				paid.merge(r.year(), r.amount(), BigDecimal::add);
			}
		}
		Map<Integer, Map<String, BigDecimal>> pledged = donors.pledgedByYear(donorId);
		TreeSet<Integer> years = new TreeSet<>(paid.keySet());
		years.addAll(pledged.keySet());
		List<Year> rows = new ArrayList<>();
		BigDecimal total = FundReportService.scale(BigDecimal.ZERO);
		for (int y : years) {
			LocalDate from = LocalDate.of(y, 1, 1);
			LocalDate to = LocalDate.of(y, 12, 31);
			List<GrantReporting.Group> countries = grants.awardedBy("country", from, to);
			long victims = grants.victimsPerYear(from, to).stream().mapToLong(GrantReporting.VictimsYear::total).sum();
			BigDecimal p = FundReportService.scale(paid.getOrDefault(y, BigDecimal.ZERO));
			total = total.add(p);
			rows.add(new Year(y, p, pledged.getOrDefault(y, Map.of()),
					countries.stream().mapToLong(GrantReporting.Group::grants).sum(),
					FundReportService.scale(countries.stream().map(GrantReporting.Group::awarded)
						.reduce(BigDecimal.ZERO, BigDecimal::add)),
					countries.stream().map(GrantReporting.Group::key).sorted().toList(), victims));
		}
		return new Statement(donor, rows, total);
	}
}
