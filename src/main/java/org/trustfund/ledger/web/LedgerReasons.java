package org.trustfund.ledger.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A ledger entry's reason in the page's language, in templates {@code ${@ledgerReasons.of(e.reason)}}. The
 * reasons the application writes itself (a contribution received, a Board award, money released when a grant
 * ends) are kept in English in the ledger, which is never rewritten; they are recognised and shown from the
 * bundles, with their names and references isolated from the Arabic around them. A reason a person typed (a
 * correction) is shown as written.
 */
@Component("ledgerReasons")
public class LedgerReasons {

	private record Written(Pattern pattern, String key) {
	}

	private static final List<Written> WRITTEN = List.of(
			new Written(Pattern.compile("Contribution from (.+) \\(pledge (\\d+)\\)"), "ledger.reason.contributionPledge"),
			new Written(Pattern.compile("Contribution from (.+)"), "ledger.reason.contribution"),
			new Written(Pattern.compile("Board session (\\d+): grant for proposal (\\d+)"), "ledger.reason.boardAward"),
			new Written(Pattern.compile("Unspent commitment of closed grant (\\S+)"), "ledger.reason.closed"),
			new Written(Pattern.compile("Grant (\\S+) declined: (.*)", Pattern.DOTALL), "ledger.reason.declined"),
			new Written(Pattern.compile("Grant (\\S+) lapsed: (.*)", Pattern.DOTALL), "ledger.reason.lapsed"),
			new Written(Pattern.compile("Disbursement to grant (\\S+)"), "ledger.reason.disbursement"),
			new Written(Pattern.compile("Refund from grant (\\S+)"), "ledger.reason.refund"),
			new Written(Pattern.compile("Correction of entry (\\d+): (.*)", Pattern.DOTALL), "ledger.reason.correction"),
			new Written(Pattern.compile("Grant awarded on (\\S+) \\(history import (\\S+)\\)"),
					"ledger.reason.importedAward"),
			new Written(Pattern.compile("Unspent rest of grant (\\S+) closed on (\\S+) \\(history import (\\S+)\\)"),
					"ledger.reason.importedRest"));

	private final MessageSource messages;

	LedgerReasons(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param reason the reason as the ledger keeps it, or {@code null}
	 * @return the reason in the page's language when the application wrote it; else as written; "" for null
	 */
	public String of(String reason) {
		if (reason == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		boolean arabic = "ar".equals(locale.getLanguage());
		for (Written written : WRITTEN) {
			Matcher m = written.pattern().matcher(reason);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = arabic ? "\u2068" + m.group(i + 1) + "\u2069" : m.group(i + 1);
				}
				return messages.getMessage(written.key(), args, reason, locale);
			}
		}
		return reason;
	}
}
