package org.trustfund.reserve.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reserve list's event detail or an entry's reason in the page's language, in templates
 * {@code ${@reserveReasons.of(h.detail)}}. What the application writes itself (a project added by a Board
 * session, the list opened, a project awarded or not funded, the list closed) is kept in English in the list's
 * history, which is never rewritten; it is recognised and shown from the bundles ({@code reserve.reason.*}), with
 * its numbers, dates and amounts isolated from the Arabic around them. What a person typed (a withdrawal's
 * reason) and what is not recognised is shown as written.
 */
@Component("reserveReasons")
public class ReserveReasons {

	private record Written(Pattern pattern, String key) {
	}

	private static final List<Written> WRITTEN = List.of(
			new Written(Pattern.compile("Rank (\\d+), (.+), from Board session (\\d+)"), "reserve.reason.added"),
			new Written(Pattern.compile("Rank (\\d+), (.+), from the fund's history \\(import (\\d+)\\)"),
					"reserve.reason.addedImported"),
			new Written(Pattern.compile("Opened by Board session (\\d+), valid until (\\S+)"), "reserve.reason.opened"),
			new Written(Pattern.compile("Opened again by Board session (\\d+), valid until (\\S+)"),
					"reserve.reason.reopened"),
			new Written(Pattern.compile(
					"Drawn up by the Board before the fund used the system, valid until (\\S+) \\(history import (\\d+)\\)"),
					"reserve.reason.openedImported"),
			new Written(Pattern.compile("Grant (\\S+) of (.+) awarded by Board session (\\d+)"), "reserve.reason.awarded"),
			new Written(Pattern.compile("Not funded in this cycle"), "reserve.reason.notFunded"),
			new Written(Pattern.compile("Expired; (\\d+) project\\(s\\) told"), "reserve.reason.expired"),
			new Written(Pattern.compile("No project left on the list"), "reserve.reason.empty"));

	private final MessageSource messages;

	ReserveReasons(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param detail the detail or reason as the list's history keeps it, or {@code null}
	 * @return it in the page's language when the application wrote it; else as written; "" for null
	 */
	public String of(String detail) {
		if (detail == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		boolean arabic = "ar".equals(locale.getLanguage());
		for (Written written : WRITTEN) {
			Matcher m = written.pattern().matcher(detail);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = arabic ? "\u2068" + m.group(i + 1) + "\u2069" : m.group(i + 1);
				}
				return messages.getMessage(written.key(), args, detail, locale);
			}
		}
		return detail;
	}
}
