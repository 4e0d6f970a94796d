package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The continental regions of the UN M49 standard, so that a call can be open to "AFRICA" rather than
 * to fifty-four country codes. A call's eligible list mixes region names and ISO 3166 country codes.
 */
@NamedInterface("api")
public final class Regions {

	private static final Map<String, Set<String>> REGIONS = Map.of(
			"AFRICA", codes("DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW "
					+ "ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW"),
			"AMERICAS", codes("AI AG AR AW BS BB BZ BM BO BQ BR VG CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY "
					+ "HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SX SR TT TC US UY VE VI"),
			"ASIA", codes("AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP "
					+ "OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE"),
			"EUROPE", codes("AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE LV LI LT LU MT "
					+ "MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB"),
			"OCEANIA", codes("AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM VU WF"));

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private Regions() {
	}

	public static Set<String> names() {
		return REGIONS.keySet();
	}

	/** Normalises one entry of a call's eligible list: a known region or an ISO country code. */
	public static Optional<String> normalise(String entry) {
		String code = entry == null ? "" : entry.strip().toUpperCase(Locale.ROOT);
		return REGIONS.containsKey(code) || COUNTRIES.contains(code) ? Optional.of(code) : Optional.empty();
	}

	/** Whether a country is named in the list, directly or through its region. */
	public static boolean covers(Set<String> eligible, String country) {
		String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
		return eligible.contains(code)
				|| eligible.stream().map(REGIONS::get).anyMatch(r -> r != null && r.contains(code));
	}

	private static Set<String> codes(String list) {
		return Arrays.stream(list.split(" ")).collect(Collectors.toUnmodifiableSet());
	}
}
