package org.trustfund.history.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trustfund.history.HistoryColumn;
import org.trustfund.history.HistoryKind;
import org.trustfund.history.HistoryPreview;
import org.trustfund.history.RowProblem;

/** History import data as pages and the API show it, with messages in the reader's language. */
@Component
class HistoryViews {

	/**
	 * One problem.
	 * @param row 0 for the file as a whole
	 * @param column {@code null} for the whole row or file
	 * @param message in the request's language
	 * @param key the message key ({@code history.error.*}), for programs
	 */
	record ProblemView(String file, long row, String column, String message, String key, List<Object> arguments) {
	}

	/** A check's outcome; {@code uploadId} confirms the import (null when there are problems). */
	record PreviewView(String kind, String fileName, String sha256, long rows, long problemCount,
			List<ProblemView> problems, String uploadId, boolean importable) {
	}

	/** A kind with its title, help and columns, in the reader's language. */
	record KindView(String name, String title, String help, List<ColumnView> columns) {
	}

	record ColumnView(String name, boolean required, String format, String means) {
	}

	private final MessageSource messages;

	HistoryViews(MessageSource messages) {
		this.messages = messages;
	}

	PreviewView preview(HistoryPreview p, Locale locale) {
		return new PreviewView(p.kind(), p.fileName(), p.sha256(), p.rows(), p.problemCount(),
				p.problems().stream().map(problem -> problem(problem, locale)).toList(), p.uploadId(), p.importable());
	}

	/**
	 * A problem with its message in {@code locale}; in Arabic the message's text arguments (the file's values,
	 * codes, dates) are isolated with U+2068 ... U+2069 from the Arabic around them (numbers are formatted as
	 * before).
	 */
	ProblemView problem(RowProblem p, Locale locale) {
		Object[] arguments = p.arguments().toArray();
		if ("ar".equals(locale.getLanguage())) {
			for (int i = 0; i < arguments.length; i++) {
				if (arguments[i] instanceof CharSequence text) {
					arguments[i] = "\u2068" + text + "\u2069";
				}
			}
		}
		String message = messages.getMessage(p.messageKey(), arguments, p.messageKey(), locale);
		return new ProblemView(p.file(), p.row(), p.column(), message, p.messageKey(), p.arguments());
	}

	KindView kind(HistoryKind kind, Locale locale) {
		String prefix = "history.kind." + kind.name();
		return new KindView(kind.name(), text(prefix, kind.name(), locale), text(prefix + ".help", "", locale),
				kind.columns().stream().map(c -> column(kind, c, locale)).toList());
	}

	private ColumnView column(HistoryKind kind, HistoryColumn c, Locale locale) {
		return new ColumnView(c.name(), c.required(), text(c.format(), c.format(), locale),
				text("history.column." + kind.name() + "." + c.name(), "", locale));
	}

	private String text(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}
}
