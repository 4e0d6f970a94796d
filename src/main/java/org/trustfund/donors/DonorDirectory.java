package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the fund's report needs from the donors feature, read with plain SQL (no entities): each donor's kind,
 * its name as the fund knows it and as public reports may print it, and the pledges still outstanding.
 */
@Service
@NamedInterface("api")
public class DonorDirectory {

	private final JdbcTemplate jdbc;

	DonorDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One donor: {@code publicName} is "Anonymous donor" for a donor who asked to stay anonymous. */
	@NamedInterface("api")
	public record DonorCard(long id, String name, String publicName, DonorKind kind, boolean anonymous) {
	}

	/** A pledge not yet fully paid (open or partly paid): {@code remaining} in the pledge's currency. */
	@NamedInterface("api")
	public record OpenPledge(long id, long donorId, String currency, BigDecimal remaining, java.time.LocalDate expectedOn) {
	}

	/** Every donor by id, in id order. */
	@Transactional(readOnly = true)
	public Map<Long, DonorCard> cards() {
		Map<Long, DonorCard> cards = new LinkedHashMap<>();
		jdbc.query("select id, name, kind, anonymous from donor order by id", rs -> {
			boolean anonymous = rs.getBoolean("anonymous");
			String name = rs.getString("name");
			cards.put(rs.getLong("id"), new DonorCard(rs.getLong("id"), name, anonymous ? "Anonymous donor" : name,
					DonorKind.valueOf(rs.getString("kind")), anonymous));
		});
		return cards;
	}

	/** Open and partly paid pledges (written-off and paid ones left out), by expected date, of one donor or all ({@code null}). */
	@Transactional(readOnly = true)
	public List<OpenPledge> openPledges(Long donorId) {
		String own = donorId == null ? "" : " and donor_id = " + donorId.longValue();
		return jdbc.query("select id, donor_id, currency, amount - paid_amount as remaining, expected_on from pledge "
				+ "where status in ('OPEN', 'PARTLY_PAID') and amount > paid_amount" + own + " order by expected_on, id",
				(rs, n) -> new OpenPledge(rs.getLong("id"), rs.getLong("donor_id"), rs.getString("currency"),
						CurrencyAmounts.scaled(rs.getBigDecimal("remaining"), rs.getString("currency")),
						rs.getDate("expected_on").toLocalDate()));
	}

	/** Pledged per year of expected date and currency for one donor, written-off pledges left out: year → currency → amount. */
	@Transactional(readOnly = true)
	public Map<Integer, Map<String, BigDecimal>> pledgedByYear(long donorId) {
		Map<Integer, Map<String, BigDecimal>> years = new java.util.TreeMap<>();
		jdbc.query("select expected_on, currency, amount from pledge where donor_id = ? and status <> 'WRITTEN_OFF'", rs -> {
			years.computeIfAbsent(rs.getDate("expected_on").toLocalDate().getYear(), y -> new java.util.TreeMap<>())
				.merge(rs.getString("currency"), rs.getBigDecimal("amount"), BigDecimal::add);
		}, donorId);
		return years;
	}
}
