package org.trustfund.shared;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;

/**
 * Shows history notes in the language of the request being answered (page or API): a note the system wrote
 * with a key ({@link Note}) in the reader's language, one typed by a person or written before notes had keys
 * as it was stored. In templates: {@code ${@notes.show(h)}} for a {@link HistoryLine}.
 */
@Component("notes")
public class Notes {

	private final MessageSource messages;

	Notes(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param line a history line, or {@code null}
	 * @return its note for this reader; {@code null} when it has none
	 */
	public String show(HistoryLine line) {
		return line == null ? null : show(line.getNote(), line.getNoteKey(), line.getNoteArgs());
	}

	/**
	 * @param stored the stored (English or typed) text, may be {@code null}
	 * @param key the stored bundle key, {@code null} for a plain note
	 * @param argsJson the stored arguments ({@link Note#argsJson()}), may be {@code null}
	 * @return the keyed note in the reader's language, else {@code stored}
	 */
	public String show(String stored, String key, String argsJson) {
		Note note = Note.stored(key, argsJson);
		return note == null ? stored : note.render(messages, LocaleContextHolder.getLocale(), readerZone());
	}

	/** @return the zone the request's reader chose, else UTC */
	private static ZoneId readerZone() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		TimeZone zone = context instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
		return zone == null ? Readable.ZONE : zone.toZoneId();
	}
}
