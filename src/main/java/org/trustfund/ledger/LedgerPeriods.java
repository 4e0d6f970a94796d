package org.trustfund.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's movements over a period, for the fund's report: aggregate SQL over {@code ledger_entry}, one
 * query per figure whatever the number of entries. A period is two value dates, both included; a
 * correction counts in the period of its own value date (which is the corrected entry's), so a reversed
 * contribution nets to zero where it was booked and changes no other period.
 */
@Service
public class LedgerPeriods {

	/** Before any entry the fund can have: the value date "since inception" starts at. */
	public static final LocalDate INCEPTION = LocalDate.of(1900, 1, 1);

	private final JdbcTemplate jdbc;

	LedgerPeriods(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Money paid in by one donor in one value year (corrections netted); {@code donorId} null when none was given. */
	public record DonorYear(int year, Long donorId, DonorGroup group, BigDecimal amount) {
	}

	/**
	 * Paid-in money per value year and donor between {@code from} and {@code to} (both included), in USD;
	 * donors whose payments were all reversed in the period appear with zero.
	 */
	@Transactional(readOnly = true)
	public List<DonorYear> paidInByYearAndDonor(LocalDate from, LocalDate to) {
		return jdbc.query("select value_year, donor_id, max(donor_group) as g, sum(amount) as total from ledger_entry "
				+ "where bucket = 'PAID_IN' and value_date between ? and ? group by value_year, donor_id "
				+ "order by value_year, donor_id", (rs, n) -> {
					String g = rs.getString("g");
					return new DonorYear(rs.getInt("value_year"), (Long) rs.getObject("donor_id", Long.class),
							g == null ? null : DonorGroup.valueOf(g), rs.getBigDecimal("total"));
				}, Date.valueOf(from), Date.valueOf(to));
	}

	/**
	 * The net change of each bucket between {@code from} and {@code to} (both included), in USD: every
	 * bucket is present, zero when nothing moved.
	 */
	@Transactional(readOnly = true)
	public Map<Bucket, BigDecimal> bucketTotals(LocalDate from, LocalDate to) {
		Map<Bucket, BigDecimal> totals = new EnumMap<>(Bucket.class);
		for (Bucket b : Bucket.values()) {
			totals.put(b, BigDecimal.ZERO.setScale(2));
		}
		jdbc.query("select bucket, sum(amount) as total from ledger_entry where value_date between ? and ? group by bucket",
				rs -> {
					totals.put(Bucket.valueOf(rs.getString("bucket")), rs.getBigDecimal("total"));
				}, Date.valueOf(from), Date.valueOf(to));
		return totals;
	}

	/** The value date of the first entry, or {@code null} for an empty ledger. */
	@Transactional(readOnly = true)
	public LocalDate firstValueDate() {
		Date d = jdbc.queryForObject("select min(value_date) from ledger_entry", Date.class);
		return d == null ? null : d.toLocalDate();
	}
}
