package org.trustfund.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Countries as people read them: the name of an ISO 3166-1 alpha-2 code in the reader's language (the JDK's
 * names, English or Arabic), for pages, forms and the report's PDF. Templates call it as
 * {@code ${@countries.name(code)}}; the API keeps the codes. A call's eligible list also holds the UN M49 regions
 * ({@code AFRICA}, {@code AMERICAS}, {@code ASIA}, {@code EUROPE}, {@code OCEANIA}): {@link #names} reads those
 * through the bundles' {@code region.*} words.
 */
@NamedInterface("api")
@Component("countries")
public class Countries {

	/** One country of a choice list: its code (what forms send) and its name (what people read). */
	@NamedInterface("api")
	public record Country(String code, String name) {
	}

	private final MessageSource messages;

	Countries(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param codes ISO 3166-1 alpha-2 codes and region names, e.g. {@code [AFRICA, TH]}; null gives ""
	 * @return their names in the current request's language, in the given order, joined by ", " (Arabic "، "),
	 *         e.g. "Africa, Thailand"
	 */
	public String names(Collection<String> codes) {
		return names(codes, LocaleContextHolder.getLocale());
	}

	/** As {@link #names(Collection)}, in {@code locale} (a PDF's language, which need not be the request's). */
	public String names(Collection<String> codes, Locale locale) {
		if (codes == null) {
			return "";
		}
		String comma = "ar".equals(locale.getLanguage()) ? "، " : ", ";
		return String.join(comma, codes.stream().map(code -> {
			String region = messages.getMessage("region." + code, null, null, locale);
			return region != null ? region : name(code, locale);
		}).toList());
	}

	/**
	 * @param code an ISO 3166-1 alpha-2 code, e.g. {@code TH}; null or blank gives ""
	 * @return its name in the current request's language (e.g. "Thailand", "تايلاند"), or the code itself when the
	 * JDK knows no name for it
	 */
	public String name(String code) {
		return name(code, LocaleContextHolder.getLocale());
	}

	/** As {@link #name(String)}, in {@code locale}. */
	public static String name(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = new Locale("", code.strip()).getDisplayCountry(locale);
		return name.isBlank() ? code : name;
	}

	/** @return every ISO country, named in the current request's language, in name order */
	public static List<Country> all() {
		Locale locale = LocaleContextHolder.getLocale();
		return Arrays.stream(Locale.getISOCountries()).map(c -> new Country(c, name(c, locale)))
			.sorted(Comparator.comparing(Country::name)).toList();
	}
}
