package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.trustfund.IntegrationTest;
import org.trustfund.files.UploadChecker;
import org.trustfund.shared.ValidationException;

/**
 * A rule's error reads in the language of the request it answers (issue 16 item 7): the same refused
 * submission says why in English to one reader and in Arabic to another; the exception's own message, for the
 * logs, stays English.
 */
@IntegrationTest
class RuleErrorsInTheReadersLanguageTest {

	@Autowired UploadChecker uploads;

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aRefusedSubmissionSaysWhyInTheReadersLanguage() {
		Instant now = Instant.parse("2026-06-01T10:00:00Z");
		ProposalRules.SubmissionTerms call = new ProposalRules.SubmissionTerms(now.plusSeconds(86400), ZoneOffset.UTC,
				true, new BigDecimal("50000.00"), 24, false);
		ValidationException refused = catchThrowableOfType(ValidationException.class, () -> ProposalRules
			.submission(ProposalStatus.DRAFT, new BigDecimal("60000.00"), 36, call, now));

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(refused.fieldErrors())
			.containsEntry("amountRequested", "The amount requested is above the call's ceiling of USD 50000.00")
			.containsEntry("durationMonths", "The call funds projects of at most 24 months")
			.containsEntry("organisation", "Your organisation must be verified by the secretariat before it submits");

		LocaleContextHolder.setLocale(Locale.forLanguageTag("ar-u-nu-latn"));
		assertThat(refused.fieldErrors())
			.containsEntry("amountRequested", "المبلغ المطلوب أعلى من الحد الأقصى للدعوة وهو 50000.00 دولار أمريكي")
			.containsEntry("durationMonths", "تموّل الدعوة مشاريع لا تتجاوز مدتها 24 شهرًا")
			.containsEntry("organisation", "يجب أن تتحقق الأمانة من منظمتكم قبل أن تقدّم مقترحًا");
		assertThat(refused.getMessage()).contains("ceiling of USD 50000.00");
	}

	@Test
	void aRefusedUploadSaysWhyInTheReadersLanguage() {
		MockMultipartFile renamed = new MockMultipartFile("document", "report.pdf", "application/pdf",
				"MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		ValidationException refused = catchThrowableOfType(ValidationException.class,
				() -> uploads.check("document", renamed));

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(refused.fieldErrors()).containsEntry("document",
				"Only PDF or Office documents (pdf, doc, docx, xls, xlsx, odt, ods)");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ar-u-nu-latn"));
		assertThat(refused.fieldErrors().get("document")).startsWith("لا تُقبل إلا وثائق");
	}
}
