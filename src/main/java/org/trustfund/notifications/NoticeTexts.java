package org.trustfund.notifications;

import org.trustfund.shared.Note;

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
	 * @param zone the reader's time zone, for moments (moments); UTC when {@code null}. Calendar
	 *        dates (calendar dates) are written as they are
	 * @return the text in that language; the key itself when neither bundle has it
	 */
	public String render(Text text, Locale locale, java.time.ZoneId zone) {
		Locale reader = locale == null ? Locale.ENGLISH : locale;
		Object[] args = text.args().stream().map(a -> Note.argument(a, messages, reader, zone)).toArray();
		return messages.getMessage(text.key(), args, text.key(), reader);
	}
}
