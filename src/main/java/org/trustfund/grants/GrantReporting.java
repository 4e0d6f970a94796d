package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import org.trustfund.ledger.YearSpan;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grants and results over a period, for the fund's report: aggregate SQL, one query per figure. A grant
 * counts in the period of its award date ({@code awarded_on}, both ends included), at its full amount
 * ("paid or pledged"); a report counts by its due date when it was accepted.
 */
@Service
@NamedInterface("api")
public class GrantReporting {

	/** Grants written without an award date (bulk loads) count on the day they were created. */
	static final String AWARDED_ON = "coalesce(g.awarded_on, cast(g.created_at as date))";

	static final String IN_PERIOD = " from fund_grant g join call_for_proposals c on c.id = g.call_id "
			+ "where " + AWARDED_ON + " between ? and ?";

	private final JdbcTemplate jdbc;

	GrantReporting(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Grants of one group ({@code key} a call id or a country code): count and sums in USD. */
	@NamedInterface("api")
	public record Group(String key, String label, long grants, BigDecimal awarded, BigDecimal disbursed,
			BigDecimal refunded) {
	}

	/** One grant counted by a figure of the report: its id (for its page) and what identifies it. */
	@NamedInterface("api")
	public record GrantRow(long id, String grantRef, String title, String organisation, String country, String call,
			BigDecimal amount, LocalDate awardedOn) {
	}

	/** One accepted report counted by the results: the grant it belongs to, its number, due date and victims. */
	public record ReportRow(long grantId, String grantRef, int number, LocalDate dueOn, long women, long girls, long men,
			long boys) {
	}

	/** Victims assisted in a year by sex and age group, from accepted reports due that year. */
	@NamedInterface("api")
	public record VictimsYear(int year, long women, long girls, long men, long boys) {
		public long total() {
			return women + girls + men + boys;
		}
	}

	/** Target groups of the awarded projects: how many serve children only, and women victims of sexual exploitation. */
	@NamedInterface("api")
	public record TargetShares(long projects, long childrenOnly, long womenSexualExploitation) {
	}

	/** Grants awarded in the period by call ({@code by = "call"}) or by country ({@code "country"}), largest first. */
	@Transactional(readOnly = true)
	public List<Group> awardedBy(String by, LocalDate from, LocalDate to) {
		String key = switch (by) {
			case "call" -> "g.call_id";
			case "country" -> "g.country";
			default -> throw new IllegalArgumentException(by);
		};
		String label = "call".equals(by) ? "max(c.title)" : key;
		return jdbc.query("select " + key + " as k, " + label + " as label, count(*) as n, sum(g.amount) as awarded, "
				+ "sum(g.disbursed) as disbursed, sum(g.refunded) as refunded" + IN_PERIOD + " group by " + key
				+ " order by sum(g.amount) desc, " + key, (rs, n) -> new Group(rs.getString("k"), rs.getString("label"),
						rs.getLong("n"), rs.getBigDecimal("awarded"), rs.getBigDecimal("disbursed"),
						rs.getBigDecimal("refunded")), Date.valueOf(from), Date.valueOf(to));
	}

	/** At most {@code limit} grants awarded in the period, latest first (the first page of {@link #grantsIn}). */
	@Transactional(readOnly = true)
	public List<GrantRow> projects(LocalDate from, LocalDate to, int limit) {
		return grantsIn(from, to, null, null, 0, limit);
	}

	/**
	 * The grants a figure of the report counts: awarded between the two dates (both included), of one call and/or
	 * one country when given (null: any), latest first, {@code limit} rows from {@code offset}.
	 */
	@Transactional(readOnly = true)
	public List<GrantRow> grantsIn(LocalDate from, LocalDate to, Long callId, String country, int offset, int limit) {
		return jdbc.query("select g.id, g.grant_ref, g.title, o.name, g.country, c.title, g.amount, " + AWARDED_ON
				+ IN_PERIOD.replace("where", "join organisation o on o.id = g.organisation_id where")
				+ " and (cast(? as bigint) is null or g.call_id = ?) and (cast(? as varchar) is null or g.country = ?)"
				+ " order by 8 desc, g.id desc limit ? offset ?", (rs, n) -> new GrantRow(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
						rs.getDate(8).toLocalDate()), Date.valueOf(from), Date.valueOf(to), callId, callId, country, country,
				limit, offset);
	}

	/** How many grants {@link #grantsIn} lists in all. */
	@Transactional(readOnly = true)
	public long countGrantsIn(LocalDate from, LocalDate to, Long callId, String country) {
		return jdbc.queryForObject("select count(*)" + IN_PERIOD + " and (cast(? as bigint) is null or g.call_id = ?)"
				+ " and (cast(? as varchar) is null or g.country = ?)", Long.class, Date.valueOf(from), Date.valueOf(to),
				callId, callId, country, country);
	}

	/**
	 * The accepted reports the results count: due between the two dates (both included), latest first, {@code limit}
	 * rows from {@code offset}.
	 */
	@Transactional(readOnly = true)
	public List<ReportRow> reportsIn(LocalDate from, LocalDate to, int offset, int limit) {
		return jdbc.query("select r.grant_id, g.grant_ref, r.number, r.due_on, coalesce(r.women, 0), coalesce(r.girls, 0), "
				+ "coalesce(r.men, 0), coalesce(r.boys, 0) from grant_report r join fund_grant g on g.id = r.grant_id "
				+ "where r.status = 'ACCEPTED' and r.due_on between ? and ? order by r.due_on desc, r.id desc limit ? offset ?",
				(rs, n) -> new ReportRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDate(4).toLocalDate(),
						rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
				Date.valueOf(from), Date.valueOf(to), limit, offset);
	}

	/** How many reports {@link #reportsIn} lists in all. */
	@Transactional(readOnly = true)
	public long countReportsIn(LocalDate from, LocalDate to) {
		return jdbc.queryForObject("select count(*) from grant_report where status = 'ACCEPTED' and due_on between ? and ?",
				Long.class, Date.valueOf(from), Date.valueOf(to));
	}

	/**
	 * Victims assisted per year (of the report's due date) between the two dates, from accepted reports. Whole
	 * calendar years are read from the running totals ({@code grant_result_total}, a few hundred rows); only the
	 * partial years at the period's ends are summed from the reports themselves.
	 */
	@Transactional(readOnly = true)
	public List<VictimsYear> victimsPerYear(LocalDate from, LocalDate to) {
		Map<Integer, long[]> years = new TreeMap<>();
		YearSpan span = YearSpan.of(from, to);
		if (span.firstFull() <= span.lastFull()) {
			jdbc.query("select result_year, measure, sum(victims) from grant_result_total where result_year between ? and ? "
					+ "and measure in ('WOMEN', 'GIRLS', 'MEN', 'BOYS') group by result_year, measure", rs -> {
						years.computeIfAbsent(rs.getInt(1), y -> new long[4])[List.of(ResultTotals.GROUPS)
							.indexOf(rs.getString(2))] += rs.getLong(3);
					}, span.firstFull(), span.lastFull());
		}
		for (LocalDate[] part : span.partial()) {
			jdbc.query("select extract(year from due_on) as y, sum(coalesce(women, 0)), sum(coalesce(girls, 0)), "
					+ "sum(coalesce(men, 0)), sum(coalesce(boys, 0)) from grant_report where status = 'ACCEPTED' "
					+ "and due_on between ? and ? group by extract(year from due_on)", rs -> {
						long[] v = years.computeIfAbsent(rs.getInt(1), y -> new long[4]);
						for (int i = 0; i < 4; i++) {
							v[i] += rs.getLong(i + 2);
						}
					}, Date.valueOf(part[0]), Date.valueOf(part[1]));
		}
		List<VictimsYear> result = new ArrayList<>();
		years.forEach((y, v) -> result.add(new VictimsYear(y, v[0], v[1], v[2], v[3])));
		return result;
	}

	/** Victims assisted per service between the two dates, from accepted reports (as {@link #victimsPerYear}): service name → victims. */
	@Transactional(readOnly = true)
	public Map<String, Long> victimsPerService(LocalDate from, LocalDate to) {
		Map<String, Long> services = new TreeMap<>();
		YearSpan span = YearSpan.of(from, to);
		if (span.firstFull() <= span.lastFull()) {
			jdbc.query("select measure, sum(victims) from grant_result_total where result_year between ? and ? "
					+ "and measure not in ('WOMEN', 'GIRLS', 'MEN', 'BOYS') group by measure", rs -> {
						services.merge(rs.getString(1), rs.getLong(2), Long::sum);
					}, span.firstFull(), span.lastFull());
		}
		for (LocalDate[] part : span.partial()) {
			jdbc.query("select s.service, sum(s.victims) as v from grant_report_service s join grant_report r on r.id = s.report_id "
					+ "where r.status = 'ACCEPTED' and r.due_on between ? and ? group by s.service", rs -> {
						services.merge(rs.getString(1), rs.getLong(2), Long::sum);
					}, Date.valueOf(part[0]), Date.valueOf(part[1]));
		}
		return services;
	}

	/** The target groups of the proposals behind the grants awarded in the period. */
	@Transactional(readOnly = true)
	public TargetShares targetShares(LocalDate from, LocalDate to) {
		long[] counts = new long[3];
		jdbc.query("select p.target_groups, count(*) as n from fund_grant g join proposal p on p.id = g.proposal_id "
				+ "where " + AWARDED_ON + " between ? and ? group by p.target_groups", rs -> {
					List<String> groups = Arrays.asList(rs.getString(1).split("\\s*,\\s*"));
					long n = rs.getLong(2);
					counts[0] += n;
					boolean children = groups.contains("GIRLS") || groups.contains("BOYS");
					if (children && !groups.contains("WOMEN") && !groups.contains("MEN")) {
						counts[1] += n;
					}
					if (groups.contains("WOMEN") && groups.contains("SEXUAL_EXPLOITATION")) {
						counts[2] += n;
					}
				}, Date.valueOf(from), Date.valueOf(to));
		return new TargetShares(counts[0], counts[1], counts[2]);
	}
}
