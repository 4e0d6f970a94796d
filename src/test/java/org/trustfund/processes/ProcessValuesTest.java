package org.trustfund.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;

/** The reading of task form notes and record ids that every process shares: plain values, no engine. */
class ProcessValuesTest {

	@Test
	void readsATextFieldStrippedAndMissingAsEmpty() {
		Map<String, String> fields = new HashMap<>();
		fields.put("note", "  why \n");
		fields.put("blank", null);
		assertThat(ProcessValues.text(fields, "note")).isEqualTo("why");
		assertThat(ProcessValues.text(fields, "blank")).isEmpty();
		assertThat(ProcessValues.text(fields, "absent")).isEmpty();
	}

	@Test
	void aRequiredNoteMustBeGivenAndAnyNoteFitTwoThousandCharacters() {
		assertThat(ProcessValues.note(Map.of(), "note", false, null)).isEmpty();
		assertThat(ProcessValues.note(Map.of("note", "x".repeat(2000)), "note", true, new Keyed("test.sayWhy", "Say why"))).hasSize(2000);
		assertThatThrownBy(() -> ProcessValues.note(Map.of("note", "  "), "note", true, new Keyed("test.sayWhy", "Say why")))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.fieldErrors()).containsOnly(Map.entry("note", "Say why")));
		assertThatThrownBy(() -> ProcessValues.note(Map.of("note", "x".repeat(2001)), "note", false, null))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.fieldErrors()).containsOnly(Map.entry("note", "At most 2000 characters")));
	}

	private static final Keyed REASON = new Keyed("error.task.reason2000", "Give a reason (up to 2000 characters)");

	@Test
	void aNoteWithinGivesItsOneMessageForBothProblems() {
		assertThatThrownBy(() -> ProcessValues.noteWithin(Map.of(), "note", true, REASON))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
				.containsOnly(Map.entry("note", "Give a reason (up to 2000 characters)")));
		assertThatThrownBy(() -> ProcessValues.noteWithin(Map.of("note", "x".repeat(2001)), "note", false, REASON))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
				.containsOnly(Map.entry("note", "Give a reason (up to 2000 characters)")));
		assertThat(ProcessValues.noteWithin(Map.of("note", " ok "), "note", true, REASON)).isEqualTo("ok");
	}

	@Test
	void noteProblemsAreCollectedRatherThanThrown() {
		assertThat(ProcessValues.noteProblem("", true, "Write it")).isEqualTo("Write it");
		assertThat(ProcessValues.noteProblem("", false, "Write it")).isNull();
		assertThat(ProcessValues.noteProblem("x".repeat(2001), true, "Write it")).isEqualTo("At most 2000 characters");
	}

	@Test
	void theRecordIdIsTheNumericBusinessKey() {
		assertThat(ProcessValues.recordId("42")).isEqualTo(42L);
		assertThatThrownBy(() -> ProcessValues.recordId("not-a-record")).isInstanceOf(NumberFormatException.class);
	}
}
