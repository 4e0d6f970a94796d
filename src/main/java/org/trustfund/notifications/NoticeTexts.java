package org.trustfund.notifications;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.trustfund.shared.Readable;

/**
 * Renders a message's {@link Text} in one reader's language, from the message bundles. User data inside an
 * Arabic text (a name, a title) is wrapped in Unicode's first-strong isolate (U+2068 ... U+2069), the plain
 * text form of HTML's {@code <bdi>}, so that an English name keeps the punctuation around it in place, in
 * the page and in the e-mail alike. Other modules render stored texts with it too (e.g. a recommendation's
 * reason); templates call it as {@code ${@noticeTexts.render(text, #locale)}}.
 */
@Component
@NamedInterface("api")
public class NoticeTexts {

	/** Starts an isolated run of user data (FIRST STRONG ISOLATE). */
	public static final char ISOLATE = '\u2068';
	/** Ends it (POP DIRECTIONAL ISOLATE). */
	public static final char POP = '\u2069';

	private final MessageSource messages;

	NoticeTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param text the key and coded arguments
	 * @param locale the reader's locale; English when {@code null}
	 * @return the text in that language; the key itself when neither bundle has it
	 */
	public String render(Text text, Locale locale) {
		return render(text, locale, Readable.ZONE);
	}

	/**
	 * @param text the key and coded arguments
	 * @param locale the reader's locale; English when {@code null}
	 * @param zone the reader's time zone, for moments ({@code Text.INSTANT}); UTC when {@code null}. Calendar
	 *        dates ({@code Text.DATE}) are written as they are
	 * @return the text in that language; the key itself when neither bundle has it
	 */
	public String render(Text text, Locale locale, java.time.ZoneId zone) {
		Locale reader = locale == null ? Locale.ENGLISH : locale;
		Object[] args = text.args().stream().map(a -> argument(a, reader, zone)).toArray();
		return messages.getMessage(text.key(), args, text.key(), reader);
	}

	private String argument(String coded, Locale reader, java.time.ZoneId zone) {
		int colon = coded.indexOf(':');
		String kind = coded.substring(0, colon + 1);
		String value = coded.substring(colon + 1);
		return switch (kind) {
			case Text.DATE -> Readable.date(LocalDate.parse(value), reader);
			case Text.INSTANT -> Readable.dateTime(Instant.parse(value), reader, zone);
			case Text.USD -> Readable.usd(new BigDecimal(value), reader);
			case Text.NUMBER -> Readable.number(Long.valueOf(value));
			case Text.WORD -> messages.getMessage(value, null, value, reader);
			default -> Readable.arabic(reader) && !value.isEmpty() ? ISOLATE + value + POP : value;
		};
	}
}
