package org.trustfund.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The reasons the application writes in the ledger read in the page's language; typed ones stay as written. */
class LedgerReasonsTest {

	private final LedgerReasons reasons = new LedgerReasons(bundles());

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theApplicationsOwnReasonsAreTranslatedAndNamesIsolated() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ar-u-nu-latn"));
		assertThat(reasons.of("Disbursement to grant G-3")).isEqualTo("صرف للمنحة \u2068G-3\u2069");
		assertThat(reasons.of("Contribution from Kingdom of Norway (pledge 12)"))
			.isEqualTo("مساهمة من \u2068Kingdom of Norway\u2069 (التعهد \u206812\u2069)");
		assertThat(reasons.of("Unspent commitment of closed grant G-9"))
			.isEqualTo("الالتزام غير المنفق من المنحة المغلقة \u2068G-9\u2069");
		assertThat(reasons.of("Bank fee typed by the fund manager")).isEqualTo("Bank fee typed by the fund manager");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(reasons.of("Disbursement to grant G-3")).isEqualTo("Disbursement to grant G-3");
		assertThat(reasons.of("Contribution from Kingdom of Norway (pledge 12)"))
			.isEqualTo("Contribution from Kingdom of Norway (pledge 12)");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
