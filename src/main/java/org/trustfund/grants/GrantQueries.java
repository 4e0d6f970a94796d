package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund manager's disbursement view and the fund's results, as aggregate SQL over the grant tables:
 * one query per table or total, whatever the number of grants (the benchmark has 10,000).
 */
@Service
@NamedInterface("api")
public class GrantQueries {

	public static final int PAGE_SIZE = 50;

	/**
	 * The columns the view sorts by: key (as in an address) to an SQL expression over {@code fund_grant g}, valid
	 * both on the table and on the page's rows.
	 */
	public static final java.util.Map<String, String> SORTS = java.util.Map.of("ref", "g.id", "title", "g.title",
			"organisation", "(select s.name from organisation s where s.id = g.organisation_id)", "country",
			"g.country", "status", "g.status", "committed", "g.amount", "disbursed", "g.disbursed", "year",
			"g.awarded_on");

	/** The columns of a {@link GrantRow}, over a derived table {@code g} of the grants wanted (already paged). */
	private static final String ROWS = """
			select g.id, g.grant_ref, g.title, g.organisation_id, o.name as organisation, g.country, g.call_id,
			       c.title as call_title, g.award_year, g.amount, g.disbursed, g.released, g.refunded, g.status,
			       t.number as t_number, t.amount as t_amount, t.planned_on, t.after_report,
			       r.number as r_number, r.final_report, r.due_on, r.status as r_status, r.overdue
			from (%s) g
			join organisation o on o.id = g.organisation_id
			join call_for_proposals c on c.id = g.call_id
			left join grant_tranche t on t.grant_id = g.id and t.number = (select min(t2.number) from grant_tranche t2
			     where t2.grant_id = g.id and t2.paid_amount is null)
			left join grant_report r on r.grant_id = g.id and r.number = (select min(r2.number) from grant_report r2
			     where r2.grant_id = g.id and r2.status <> 'ACCEPTED')
			""";

	private final JdbcTemplate jdbc;

	GrantQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What narrows the grants; null (false) fields do not narrow.
	 *
	 * @param like an SQL LIKE pattern, lower-case, escaped by \, matched against the grant's reference, title and
	 * organisation's name
	 * @param awardedFrom first day of the Board's award, inclusive
	 * @param awardedTo last day of the Board's award, inclusive
	 */
	@NamedInterface("api")
	public record Filter(Long organisationId, Long callId, String country, GrantStatus status, boolean overdueOnly,
			String like, java.time.LocalDate awardedFrom, java.time.LocalDate awardedTo) {

		public static final Filter ALL = new Filter(null, null, null, null, false);

		public Filter(Long organisationId, Long callId, String country, GrantStatus status, boolean overdueOnly) {
			this(organisationId, callId, country, status, overdueOnly, null, null, null);
		}

		/** @return this filter for {@code organisationId}'s grants only */
		public Filter ofOrganisation(long organisationId) {
			return new Filter(organisationId, callId, country, status, overdueOnly, like, awardedFrom, awardedTo);
		}

		/** @return whether anything narrows the grants besides the organisation */
		public boolean narrows() {
			return callId != null || (country != null && !country.isBlank()) || status != null || overdueOnly
					|| like != null || awardedFrom != null || awardedTo != null;
		}

		String where(List<Object> args) {
			StringBuilder w = new StringBuilder(" where 1 = 1");
			if (organisationId != null) {
				w.append(" and g.organisation_id = ?");
				args.add(organisationId);
			}
			if (callId != null) {
				w.append(" and g.call_id = ?");
				args.add(callId);
			}
			if (country != null && !country.isBlank()) {
				w.append(" and g.country = ?");
				args.add(country.strip().toUpperCase(java.util.Locale.ROOT));
			}
			if (status != null) {
				w.append(" and g.status = ?");
				args.add(status.name());
			}
			if (overdueOnly) {
				w.append(" and g.id in (select x.grant_id from grant_report x where x.overdue = true)");
			}
			if (like != null) {
				w.append(" and (lower(g.grant_ref) like ? escape '\\' or lower(g.title) like ? escape '\\'"
						+ " or g.organisation_id in (select y.id from organisation y where lower(y.name) like ? escape '\\'))");
				args.add(like);
				args.add(like);
				args.add(like);
			}
			if (awardedFrom != null) {
				w.append(" and g.awarded_on >= ?");
				args.add(java.sql.Date.valueOf(awardedFrom));
			}
			if (awardedTo != null) {
				w.append(" and g.awarded_on <= ?");
				args.add(java.sql.Date.valueOf(awardedTo));
			}
			return w.toString();
		}
	}

	@NamedInterface("api")
	public record Total(String key, String label, long grants, BigDecimal committed, BigDecimal disbursed,
			BigDecimal released, BigDecimal refunded) {

		public BigDecimal remaining() {
			return committed.subtract(disbursed).subtract(released);
		}
	}

	public record YearFigure(int year, long value) {
	}

	public record ServiceFigure(String service, long victims) {
	}

	public record Results(List<YearFigure> victimsPerYear, List<ServiceFigure> services) {
	}

	/** Page {@code page} (from 0) of {@link #PAGE_SIZE} grants, newest first. */
	@Transactional(readOnly = true)
	public List<GrantRow> page(Filter filter, int page) {
		// Page the grants first, then join: the next tranche and report are looked up for 50 grants, not all.
		return page(filter, "g.id", true, (long) Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE);
	}

	/**
	 * One page of the disbursement view, sorted.
	 *
	 * @param orderBy an SQL expression over the columns of {@code fund_grant g}, one of {@link #SORTS}' values
	 * @param offset rows to skip; {@code limit} rows at most
	 */
	@Transactional(readOnly = true)
	public List<GrantRow> page(Filter filter, String orderBy, boolean descending, long offset, int limit) {
		if (!SORTS.containsValue(orderBy)) {
			throw new IllegalArgumentException("Not a sort of the grants: " + orderBy);
		}
		String order = " order by " + orderBy + (descending ? " desc" : " asc") + ", g.id desc";
		List<Object> args = new ArrayList<>();
		String grants = "select g.* from fund_grant g" + filter.where(args) + order + " limit ? offset ?";
		args.add(limit);
		args.add(offset);
		return jdbc.query(ROWS.formatted(grants) + order, (rs, n) -> row(rs), args.toArray());
	}

	/** As {@link #forEach(Filter, Consumer)}, in the order of {@link #page(Filter, String, boolean, long, int)}. */
	@Transactional(readOnly = true)
	public void forEach(Filter filter, String orderBy, boolean descending, Consumer<GrantRow> consumer) {
		if (!SORTS.containsValue(orderBy)) {
			throw new IllegalArgumentException("Not a sort of the grants: " + orderBy);
		}
		List<Object> args = new ArrayList<>();
		jdbc.query(ROWS.formatted("select g.* from fund_grant g" + filter.where(args)) + " order by " + orderBy
				+ (descending ? " desc" : " asc") + ", g.id desc", rs -> {
					consumer.accept(row(rs));
				}, args.toArray());
	}

	@Transactional(readOnly = true)
	public long count(Filter filter) {
		List<Object> args = new ArrayList<>();
		return jdbc.queryForObject("select count(*) from fund_grant g" + filter.where(args), Long.class, args.toArray());
	}

	/** Streams every grant matching the filter, oldest first, for the CSV export. */
	@Transactional(readOnly = true)
	public void forEach(Filter filter, Consumer<GrantRow> consumer) {
		forEach(filter, "g.id", false, consumer);
	}

	/** Totals per call, per country or per award year: {@code call}, {@code country} or {@code year}. */
	@Transactional(readOnly = true)
	public List<Total> totals(String by) {
		String key = switch (by) {
			case "call" -> "g.call_id";
			case "country" -> "g.country";
			case "year" -> "g.award_year";
			default -> throw new IllegalArgumentException(by);
		};
		String label = "call".equals(by) ? "max(c.title)" : key;
		return jdbc.query("select " + key + " as k, " + label + " as label, count(*) as n, sum(g.amount) as committed, "
				+ "sum(g.disbursed) as disbursed, sum(g.released) as released, sum(g.refunded) as refunded "
				+ "from fund_grant g join call_for_proposals c on c.id = g.call_id group by " + key + " order by " + key,
				(rs, n) -> new Total(rs.getString("k"), rs.getString("label"), rs.getLong("n"),
						rs.getBigDecimal("committed"), rs.getBigDecimal("disbursed"), rs.getBigDecimal("released"),
						rs.getBigDecimal("refunded")));
	}

	/** Overdue reports, oldest first (at most 200; the filter "overdue" lists every grant concerned). */
	@Transactional(readOnly = true)
	public List<GrantRow> overdue() {
		return jdbc.query(ROWS.formatted("select g.* from fund_grant g where g.id in (select x.grant_id from grant_report x "
				+ "where x.overdue = true)") + " where r.overdue = true order by r.due_on, g.id limit 200", (rs, n) -> row(rs));
	}

	/** Victims assisted per year and per service, from the running totals of accepted reports (a report counts in its due date's year). */
	@Transactional(readOnly = true)
	public Results results(Long organisationId) {
		String own = organisationId == null ? "" : " and organisation_id = " + organisationId.longValue();
		String groups = "('WOMEN', 'GIRLS', 'MEN', 'BOYS')";
		List<YearFigure> years = jdbc.query("select result_year, sum(victims) as v from grant_result_total where measure in "
				+ groups + own + " group by result_year order by result_year",
				(rs, n) -> new YearFigure(rs.getInt("result_year"), rs.getLong("v")));
		List<ServiceFigure> services = jdbc.query("select measure, sum(victims) as v from grant_result_total where "
				+ "measure not in " + groups + own + " group by measure order by measure",
				(rs, n) -> new ServiceFigure(rs.getString("measure"), rs.getLong("v")));
		return new Results(years, services);
	}

	private static GrantRow row(ResultSet rs) throws SQLException {
		String rStatus = rs.getString("r_status");
		java.sql.Date planned = rs.getDate("planned_on");
		java.sql.Date due = rs.getDate("due_on");
		return new GrantRow(rs.getLong("id"), rs.getString("grant_ref"), rs.getString("title"),
				rs.getLong("organisation_id"), rs.getString("organisation"), rs.getString("country"),
				rs.getLong("call_id"), rs.getString("call_title"), rs.getInt("award_year"), rs.getBigDecimal("amount"),
				rs.getBigDecimal("disbursed"), rs.getBigDecimal("released"), rs.getBigDecimal("refunded"),
				GrantStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("t_number", Integer.class),
				rs.getBigDecimal("t_amount"), planned == null ? null : planned.toLocalDate(),
				(Integer) rs.getObject("after_report", Integer.class), (Integer) rs.getObject("r_number", Integer.class),
				rs.getBoolean("final_report"), due == null ? null : due.toLocalDate(),
				rStatus == null ? null : ReportStatus.valueOf(rStatus), rs.getBoolean("overdue"));
	}
}
