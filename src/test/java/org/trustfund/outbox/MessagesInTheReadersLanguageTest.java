package org.trustfund.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.TestData;
import org.trustfund.notifications.NotificationService;
import org.trustfund.notifications.NotificationService.Message;
import org.trustfund.notifications.Text;
import org.trustfund.shared.Money;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * One message, two readers: the fund manager who reads the app in English gets the e-mail and sees the message
 * in English, the one who switched the app to Arabic gets both in Arabic, with the dates, the amount and the
 * user's own words (the project's title, isolated) written for that reader (issue 16 item 7).
 */
class MessagesInTheReadersLanguageTest extends OutboxTestSupport {

	@Autowired NotificationService notifications;
	@Autowired UserService users;
	@Autowired MockMvc mvc;

	@Test
	void theSameMessageReachesEachReaderInTheirLanguage() throws Exception {
		String english = TestData.unique("en_fm");
		String arabic = TestData.unique("ar_fm");
		TestData.staff(users, english, Role.FUND_MANAGER);
		TestData.staff(users, arabic, Role.FUND_MANAGER);
		// The Arabic reader switches the app's language while logged in: the account remembers it.
		mvc.perform(get("/messages").param("lang", "ar").with(httpBasic(arabic, TestData.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(users.get(arabic).getPreferredLanguage()).isEqualTo("ar");

		Text subject = Text.of("notice.grant.ready");
		Text body = Text.of("notice.grant.ready.body", "G-2026-0007", Money.of(12500), "Clean water for Tak",
				LocalDate.of(2026, 12, 1));
		notifications.notifyUser(english, subject, body, "/grants/7");
		notifications.notifyUser(arabic, subject, body, "/grants/7");
		SMTP.waitForIncomingEmail(10000, 2);

		MimeMessage toEnglish = received(english).get(0);
		assertThat(toEnglish.getSubject()).isEqualTo("Your grant agreement is ready");
		assertThat(toEnglish.getContent().toString())
			.contains("Grant G-2026-0007 of USD 12,500.00 for \"Clean water for Tak\"")
			.contains("by 1 December 2026.").contains("/grants/7");

		MimeMessage toArabic = received(arabic).get(0);
		assertThat(toArabic.getSubject()).isEqualTo("اتفاقية منحتكم جاهزة");
		assertThat(toArabic.getContent().toString()).contains("بمبلغ 12,500.00 دولار أمريكي")
			.contains("\u2068Clean water for Tak\u2069").contains("1 ديسمبر 2026").doesNotContain("USD")
			.contains("/grants/7");

		Message seenInEnglish = notifications.inLanguage(notifications.outbox(english).get(0), Locale.ENGLISH);
		Message seenInArabic = notifications.inLanguage(notifications.outbox(arabic).get(0),
				Locale.forLanguageTag("ar"));
		assertThat(seenInEnglish.subject()).isEqualTo("Your grant agreement is ready");
		assertThat(seenInArabic.subject()).isEqualTo("اتفاقية منحتكم جاهزة");
		assertThat(seenInArabic.body()).contains("1 ديسمبر 2026").doesNotContain("December");

		String page = mvc.perform(get("/messages").with(httpBasic(arabic, TestData.PASSWORD))
			.cookie(new jakarta.servlet.http.Cookie("tf-lang", "ar"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("اتفاقية منحتكم جاهزة").doesNotContain("Your grant agreement is ready");
	}

	/** A message written before messages kept their key is still shown, as it was written. */
	@Test
	void anOlderMessageWithoutAKeyIsShownAsWritten() {
		String user = TestData.unique("old_fm");
		TestData.staff(users, user, Role.FUND_MANAGER);
		notifications.notifyUser(user, "Offer decided", "The Board decided.", null);
		Message seen = notifications.inLanguage(notifications.outbox(user).get(0), Locale.forLanguageTag("ar"));
		assertThat(seen.subject()).isEqualTo("Offer decided");
		assertThat(seen.body()).isEqualTo("The Board decided.");
	}

	private List<MimeMessage> received(String user) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().startsWith(user + "@"));
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}
}
