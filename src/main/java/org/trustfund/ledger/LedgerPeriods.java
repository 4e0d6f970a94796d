package org.trustfund.ledger;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.Money;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's movements over a period, for the fund's report: aggregate SQL over {@code ledger_entry}, one
 * query per figure whatever the number of entries. A period is two value dates, both included; a
 * correction counts in the period of its own value date (which is the corrected entry's), so a reversed
 * contribution nets to zero where it was booked and changes no other period.
 */
@NamedInterface("api")
@Service
public class LedgerPeriods {

	/** Before any entry the fund can have: the value date "since inception" starts at. */
	public static final LocalDate INCEPTION = LocalDate.of(1900, 1, 1);

	private final JdbcTemplate jdbc;

	LedgerPeriods(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Money paid in by one donor in one value year (corrections netted); {@code donorId} null when none was given. */
	@NamedInterface("api")
	public record DonorYear(int year, Long donorId, DonorGroup group, BigDecimal amount) {
	}

	/**
	 * Paid-in money per value year and donor between {@code from} and {@code to} (both included), in USD;
	 * donors whose payments were all reversed in the period appear with zero. Whole calendar years are read from
	 * the running totals ({@code fund_donor_year_total}, one row per donor and year); only the partial years at the
	 * period's ends are summed from the entries.
	 */
	@Transactional(readOnly = true)
	public List<DonorYear> paidInByYearAndDonor(LocalDate from, LocalDate to) {
		Map<String, DonorYear> rows = new TreeMap<>();
		YearSpan span = YearSpan.of(from, to);
		if (span.firstFull() <= span.lastFull()) {
			jdbc.query("select value_year, donor_id, donor_group, sum(amount) from fund_donor_year_total "
					+ "where value_year between ? and ? group by value_year, donor_id, donor_group", rs -> {
						long donor = rs.getLong(2);
						add(rows, rs.getInt(1), donor == 0 ? null : donor, rs.getString(3), rs.getBigDecimal(4));
					}, span.firstFull(), span.lastFull());
		}
		for (LocalDate[] part : span.partial()) {
			jdbc.query("select value_year, donor_id, donor_group, sum(amount) from ledger_entry where bucket = 'PAID_IN' "
					+ "and value_date between ? and ? group by value_year, donor_id, donor_group", rs -> {
						add(rows, rs.getInt(1), (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getBigDecimal(4));
					}, Date.valueOf(part[0]), Date.valueOf(part[1]));
		}
		return List.copyOf(rows.values());
	}

	/** Adds one group's sum to its donor and year (a donor's entries of one year may carry more than one group). */
	private static void add(Map<String, DonorYear> rows, int year, Long donorId, String group, BigDecimal amount) {
		DonorGroup g = group == null || YearTotal.NO_GROUP.equals(group) ? null : DonorGroup.valueOf(group);
		String key = String.format("%04d:%020d", year, donorId == null ? -1 : donorId);
		rows.merge(key, new DonorYear(year, donorId, g, amount), (a, b) -> new DonorYear(year, donorId,
				a.group() == null || (b.group() != null && b.group().name().compareTo(a.group().name()) > 0) ? b.group() : a.group(),
				a.amount().add(b.amount())));
	}

	/**
	 * The net change of each bucket between {@code from} and {@code to} (both included), in USD: every
	 * bucket is present, zero when nothing moved. Whole calendar years come from the running totals
	 * ({@code fund_year_total}), the partial ends from the entries.
	 */
	@Transactional(readOnly = true)
	public Map<Bucket, BigDecimal> bucketTotals(LocalDate from, LocalDate to) {
		Map<Bucket, BigDecimal> totals = new EnumMap<>(Bucket.class);
		for (Bucket b : Bucket.values()) {
			totals.put(b, BigDecimal.ZERO.setScale(2));
		}
		YearSpan span = YearSpan.of(from, to);
		if (span.firstFull() <= span.lastFull()) {
			jdbc.query("select bucket, sum(amount) from fund_year_total where value_year between ? and ? group by bucket",
					rs -> {
						totals.merge(Bucket.valueOf(rs.getString(1)), rs.getBigDecimal(2), BigDecimal::add);
					}, span.firstFull(), span.lastFull());
		}
		for (LocalDate[] part : span.partial()) {
			jdbc.query("select bucket, sum(amount) from ledger_entry where value_date between ? and ? group by bucket",
					rs -> {
						totals.merge(Bucket.valueOf(rs.getString(1)), rs.getBigDecimal(2), BigDecimal::add);
					}, Date.valueOf(part[0]), Date.valueOf(part[1]));
		}
		return totals;
	}

	/** The value date of the first entry, or {@code null} for an empty ledger. */
	@Transactional(readOnly = true)
	public LocalDate firstValueDate() {
		Date d = jdbc.queryForObject("select min(value_date) from ledger_entry", Date.class);
		return d == null ? null : d.toLocalDate();
	}
}
