package org.trustfund.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** A system note keeps each argument's kind through storage and is written in the reader's language. */
class NoteTest {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	private final StaticMessageSource messages = new StaticMessageSource();

	NoteTest() {
		messages.addMessage("note.test", Locale.ENGLISH, "{0}: rank {1}, {2}, until {3}, session {4}");
		messages.addMessage("note.test", ARABIC, "{0}: المرتبة {1}، {2}، حتى {3}، الجلسة {4}");
		messages.addMessage("recommendation.FUND", Locale.ENGLISH, "Fund");
		messages.addMessage("recommendation.FUND", ARABIC, "تمويل");
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aStoredNoteReadsInEachLanguageWithItsArgumentsInTheirKind() {
		Note note = Note.of("note.test", Note.word("recommendation.FUND"), 1200, new BigDecimal("30000.00"),
				LocalDate.of(2027, 3, 31), "S-7");
		Note stored = Note.stored(note.key(), note.argsJson());

		assertThat(stored).isEqualTo(note);
		assertThat(stored.english(messages)).isEqualTo("Fund: rank 1,200, USD 30,000.00, until 31 March 2027, session S-7");
		assertThat(stored.render(messages, ARABIC, null)).isEqualTo("تمويل: المرتبة 1,200، 30,000.00 دولار أمريكي، حتى "
				+ Readable.date(LocalDate.of(2027, 3, 31), ARABIC) + "، الجلسة \u2068S-7\u2069");
	}

	@Test
	void notesShowsAKeyedNoteInTheRequestsLanguageAndAPlainOneAsStored() {
		Notes notes = new Notes(messages);
		Note note = Note.of("note.test", Note.word("recommendation.FUND"), 1, BigDecimal.ONE, LocalDate.of(2027, 1, 2),
				"x");
		LocaleContextHolder.setLocale(ARABIC);
		assertThat(notes.show("English text", note.key(), note.argsJson())).startsWith("تمويل: المرتبة 1،");
		assertThat(notes.show("Typed by a person", null, null)).isEqualTo("Typed by a person");
		assertThat(notes.show(null, null, null)).isNull();
		assertThat(Note.stored(" ", "[]")).isNull();
	}

	@Test
	void aNoteNeedsAKeyAndReadableArguments() {
		assertThatThrownBy(() -> Note.of(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Note.stored("note.test", "not json")).isInstanceOf(IllegalStateException.class);
	}
}
