package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The awarded grants as open data publishes them (360Giving): one SQL query streamed row by row, with the
 * recipient organisation's registration and nothing personal (no contact, no bank detail, no narrative).
 */
@Service
@NamedInterface("api")
public class OpenGrants {

	private final JdbcTemplate jdbc;

	OpenGrants(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One awarded grant; amounts in USD; {@code organisationCountry} and {@code country} are ISO 3166-1 alpha-2. */
	@NamedInterface("api")
	public record OpenGrant(String grantRef, String title, BigDecimal amount, BigDecimal disbursed, LocalDate awardedOn,
			LocalDate startsOn, LocalDate endsOn, int durationMonths, String country, String organisation,
			String organisationCountry, String registrationNumber, String call) {
	}

	/** Every grant the Board awarded (declined and lapsed ones included: they were awarded), in id order. */
	@Transactional(readOnly = true)
	public void forEach(Consumer<OpenGrant> consumer) {
		jdbc.query("select g.grant_ref, g.title, g.amount, g.disbursed, " + GrantReporting.AWARDED_ON + ", g.starts_on, g.ends_on, "
				+ "g.duration_months, g.country, o.name, o.country as org_country, o.registration_number, c.title as call_title "
				+ "from fund_grant g join organisation o on o.id = g.organisation_id "
				+ "join call_for_proposals c on c.id = g.call_id order by g.id", rs -> {
					consumer.accept(new OpenGrant(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
							rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(),
							rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
							rs.getString(13)));
				});
	}
}
