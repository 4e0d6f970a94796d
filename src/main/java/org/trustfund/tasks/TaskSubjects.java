package org.trustfund.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;

/** Says what a process instance concerns (an organisation, a proposal) for the task lists. */
@NamedInterface("spi")
public interface TaskSubjects {

	String processKey();

	Subject describe(String businessKey);

	/** Describes many at once; a feature with hundreds of open tasks overrides it with one query. */
	default Map<String, Subject> describeAll(Collection<String> businessKeys) {
		Map<String, Subject> subjects = new HashMap<>();
		businessKeys.forEach(key -> subjects.put(key, describe(key)));
		return subjects;
	}

	/**
	 * What a task concerns: a label and a link. A label is user data (a title, a name) except for the words a
	 * feature marks with {@link #country(String)}, which each reader sees in their own language.
	 *
	 * @param label the label as stored, possibly with country marks
	 * @param link the page of the subject, or null
	 */
	@NamedInterface("spi")
	record Subject(String label, String link) {

		private static final Pattern COUNTRY = Pattern.compile("\\{\\{country:([A-Z]{2})}}");

		public static Subject unknown(String businessKey) {
			return new Subject(businessKey == null ? "" : businessKey, null);
		}

		/**
		 * @param code an ISO 3166-1 alpha-2 code, e.g. {@code TH}
		 * @return a mark for a label, shown as the country's name in the reader's language ("Thailand",
		 *         "تايلاند"); a code that is not two letters is kept as it is
		 */
		public static String country(String code) {
			String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
			return c.matches("[A-Z]{2}") ? "{{country:" + c + "}}" : c;
		}

		/** @return the label in the current request's language (see {@link #label(Locale)}) */
		@Override
		public String label() {
			return label(LocaleContextHolder.getLocale());
		}

		/**
		 * @param reader the reader's locale
		 * @return the label with each country mark replaced by the country's name in that language
		 */
		public String label(Locale reader) {
			return label == null ? null : COUNTRY.matcher(label).replaceAll(m -> Matcher.quoteReplacement(
					new Locale("", m.group(1)).getDisplayCountry(reader)));
		}

		/** @return the label as stored, with its country marks */
		public String stored() {
			return label;
		}

		/** @return the label for the search text: each country in English and in Arabic */
		public String searchable() {
			return label == null ? null : COUNTRY.matcher(label).replaceAll(m -> Matcher.quoteReplacement(
					new Locale("", m.group(1)).getDisplayCountry(Locale.ENGLISH) + " "
							+ new Locale("", m.group(1)).getDisplayCountry(Locale.forLanguageTag("ar"))));
		}
	}
}
