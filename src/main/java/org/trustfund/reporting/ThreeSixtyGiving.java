package org.trustfund.reporting;

import org.springframework.modulith.NamedInterface;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.trustfund.grants.OpenGrants;
import org.trustfund.grants.OpenGrants.OpenGrant;
import org.trustfund.shared.Money;

/**
 * The awarded grants in the 360Giving Data Standard: a data package {@code {"grants": [...]}} with the
 * publisher and licence beside it, and the same grants as flat rows for the CSV (360Giving's column titles).
 * Per grant: {@code id} (configured prefix + grant reference), title, description, currency (USD), amountAwarded,
 * awardDate (ISO date), recipientOrganization (org-id.guide style {@code <COUNTRY>-<registration>}),
 * fundingOrganization, amountDisbursed, plannedDates, beneficiaryLocation (ISO 3166-1), grantProgramme (the
 * call) and fromOpenCall. Nothing personal.
 */
@Service
@NamedInterface("api")
public class ThreeSixtyGiving {

	/** The CSV's column titles, as 360Giving's flattened spreadsheet names them. */
	public static final List<String> COLUMNS = List.of("Identifier", "Title", "Description", "Currency",
			"Amount Awarded", "Award Date", "Amount Disbursed", "Planned Dates:Start Date", "Planned Dates:End Date",
			"Planned Dates:Duration (months)", "Recipient Org:Identifier", "Recipient Org:Name",
			"Funding Org:Identifier", "Funding Org:Name", "Beneficiary Location:Country Code",
			"Beneficiary Location:Name", "Grant Programme:Title", "From An Open Call?");

	private final OpenGrants grants;
	private final OpenDataSettings settings;

	ThreeSixtyGiving(OpenGrants grants, OpenDataSettings settings) {
		this.grants = grants;
		this.settings = settings;
	}

	/** The data package: {@code grants} plus {@code license} and {@code publisher}, ready for JSON. */
	public Map<String, Object> dataPackage() {
		List<Map<String, Object>> list = new ArrayList<>();
		grants.forEach(g -> list.add(grant(g)));
		Map<String, Object> pkg = new LinkedHashMap<>();
		pkg.put("grants", list);
		pkg.put("license", settings.license());
		pkg.put("publisher", Map.of("identifier", settings.funderId(), "name", settings.funderName(),
				"prefix", settings.prefix()));
		return pkg;
	}

	/** Calls {@code row} with each grant's values in the order of {@link #COLUMNS}. */
	public void rows(java.util.function.Consumer<List<Object>> row) {
		grants.forEach(g -> row.accept(List.of(id(g), g.title(), description(g), Money.CURRENCY, g.amount(), g.awardedOn().toString(),
				g.disbursed(), g.startsOn().toString(), g.endsOn().toString(), g.durationMonths(), recipientId(g),
				g.organisation(), settings.funderId(), settings.funderName(), g.country(), countryName(g.country()),
				g.call(), "Yes")));
	}

	private Map<String, Object> grant(OpenGrant g) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", id(g));
		m.put("title", g.title());
		m.put("description", description(g));
		m.put("currency", Money.CURRENCY);
		m.put("amountAwarded", g.amount());
		m.put("awardDate", g.awardedOn().toString());
		m.put("amountDisbursed", g.disbursed());
		m.put("plannedDates", List.of(Map.of("startDate", g.startsOn().toString(), "endDate", g.endsOn().toString(),
				"duration", g.durationMonths())));
		m.put("recipientOrganization", List.of(Map.of("id", recipientId(g), "name", g.organisation())));
		m.put("fundingOrganization", List.of(Map.of("id", settings.funderId(), "name", settings.funderName())));
		m.put("beneficiaryLocation", List.of(Map.of("countryCode", g.country(), "name", countryName(g.country()))));
		m.put("grantProgramme", List.of(Map.of("title", g.call())));
		m.put("fromOpenCall", "Yes");
		return m;
	}

	private String id(OpenGrant g) {
		return settings.prefix() + g.grantRef();
	}

	/**
	 * org-id.guide style: the organisation's country, then its registration number with each run of characters
	 * other than letters, digits and hyphens (spaces, slashes, dots, underscores) written as one hyphen, as
	 * org-id.guide's identifiers are: {@code KE} and {@code "RC/1234 2001"} give {@code KE-RC-1234-2001}.
	 */
	static String recipientId(OpenGrant g) {
		String registration = g.registrationNumber().strip().replaceAll("[^A-Za-z0-9-]+", "-")
			.replaceAll("^-+|-+$", "");
		return g.organisationCountry() + "-" + registration;
	}

	private static String description(OpenGrant g) {
		return "Direct assistance to victims of trafficking in persons: " + g.title() + " (" + countryName(g.country()) + ")";
	}

	private static String countryName(String code) {
		return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
	}
}
