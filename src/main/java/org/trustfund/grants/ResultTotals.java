package org.trustfund.grants;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds an accepted report's figures to the running totals ({@code grant_result_total}) in the acceptance's
 * transaction; the fund's results (victims per year, per service) are read from there.
 */
@Component
class ResultTotals {

	static final String[] GROUPS = { "WOMEN", "GIRLS", "MEN", "BOYS" };

	private final JdbcTemplate jdbc;

	ResultTotals(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void add(long organisationId, int year, GrantReport r) {
		Map<String, Integer> measures = new LinkedHashMap<>();
		measures.put("WOMEN", r.getWomen());
		measures.put("GIRLS", r.getGirls());
		measures.put("MEN", r.getMen());
		measures.put("BOYS", r.getBoys());
		r.servicesInOrder().forEach((s, n) -> measures.put(s.name(), n));
		measures.forEach((measure, victims) -> {
			int n = victims == null ? 0 : victims;
			int updated = jdbc.update("update grant_result_total set victims = victims + ? where organisation_id = ? "
					+ "and result_year = ? and measure = ?", n, organisationId, year, measure);
			if (updated == 0) {
				jdbc.update("insert into grant_result_total (organisation_id, result_year, measure, victims) "
						+ "values (?, ?, ?, ?)", organisationId, year, measure, n);
			}
		});
	}
}
