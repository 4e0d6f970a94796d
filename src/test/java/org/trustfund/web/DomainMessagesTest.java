package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.trustfund.grants.GrantStatus;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;

/**
 * The translator {@link DomainMessages} registers reads the rules' errors with the application's own bundles in
 * the current locale: a state's or an action's word given as an argument is read in the same language first,
 * for all three kinds of error, while {@code getMessage()} stays English for the logs.
 */
class DomainMessagesTest {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	@BeforeAll
	static void theApplicationsBundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasename("messages");
		bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
		bundles.setFallbackToSystemLocale(false);
		new DomainMessages(bundles);
	}

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aConflictReadsItsStateAndActionWordsInTheReadersLanguage() {
		ConflictException closed = ConflictException.keyed("conflict.grant.state", "Grant TF-9 is CLOSED and cannot be amended",
				"TF-9", Keyed.state("grants.status.", GrantStatus.CLOSED), Keyed.word("action.grant.amend", "amended"));

		LocaleContextHolder.setLocale(ARABIC);
		assertThat(closed.inReadersLanguage()).isEqualTo("المنحة \u2068TF-9\u2069 في حالة «مغلقة» ولا يمكن تعديلها")
			.doesNotContain("CLOSED");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(closed.inReadersLanguage()).isEqualTo("Grant TF-9 is Closed and cannot be amended");
		assertThat(closed.getMessage()).isEqualTo("Grant TF-9 is CLOSED and cannot be amended");
	}

	@Test
	void aFieldErrorAndItsWrappingOnAFormKeepTheTranslation() {
		Map<String, Keyed> errors = new LinkedHashMap<>();
		errors.put("q", new Keyed("error.search.max", "Search for at most 200 characters", "200"));
		errors.put("page", new Keyed("error.number.range", "A whole number from 1 to 5", "1", "5"));
		ValidationException invalid = ValidationException.keyed(errors);
		ValidationException onForm = ValidationException.keyed("form", ConflictException.keyed("conflict.pledge.state",
				"Pledge 7 is paid and cannot be written off", "7", new Keyed("pledge.status.PAID", "paid"),
				Keyed.word("action.pledge.writtenOff", "written off")).message());

		LocaleContextHolder.setLocale(ARABIC);
		assertThat(invalid.fieldErrors()).containsExactly(Map.entry("q", "ابحثوا بما لا يزيد على 200 حرفًا"),
				Map.entry("page", "عدد صحيح من 1 إلى 5"));
		assertThat(onForm.inReadersLanguage()).isEqualTo("التعهد 7 في حالة «مدفوع» ولا يمكن شطبه");
		assertThat(invalid.getMessage()).isEqualTo("Search for at most 200 characters; A whole number from 1 to 5");
		assertThat(new ConflictException("As written").message().english()).isEqualTo("As written");
		assertThat(ValidationException.keyed("roles", new ConflictException("As written").message()).inReadersLanguage())
			.isEqualTo("As written");
	}

	@Test
	void notFoundReadsInTheReadersLanguageUnlessItWasWrittenPlain() {
		NotFoundException grant = NotFoundException.keyed("notFound.grant", "No grant 42", "42");

		LocaleContextHolder.setLocale(ARABIC);
		assertThat(grant.inReadersLanguage()).isEqualTo("لا توجد منحة برقم 42");
		assertThat(new NotFoundException("No such thing").inReadersLanguage()).isEqualTo("No such thing");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(grant.inReadersLanguage()).isEqualTo("No grant 42");
		assertThat(grant.getMessage()).isEqualTo("No grant 42");
	}
}
