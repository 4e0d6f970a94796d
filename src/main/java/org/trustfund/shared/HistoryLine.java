package org.trustfund.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One line of a record's history, as organisations and proposals keep it: who ({@code actor}, a username or
 * "system") did what ({@code action}, an upper-case code such as {@code SUBMITTED}), when ({@code at}, an
 * instant) and why ({@code note}, free text, may be empty). A note the system wrote also keeps its bundle key and
 * arguments ({@link Note}), so that {@link Notes} shows it in the reader's language; {@code note} then holds its
 * English text. Never changed once written; the subclass adds the id of the record it belongs to (its own table
 * and column).
 */
@MappedSuperclass
public abstract class HistoryLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;
	private String actor;
	private String action;
	private String note;
	private String noteKey;
	private String noteArgs;

	protected HistoryLine() {
	}

	protected HistoryLine(Instant at, String actor, String action, String note) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.note = note;
	}

	/**
	 * @param note the English text of {@code keyed}, kept for logs and exports
	 * @param keyed the system's note as a key and arguments, or {@code null} for a note typed by a person
	 */
	protected HistoryLine(Instant at, String actor, String action, String note, Note keyed) {
		this(at, actor, action, note);
		this.noteKey = keyed == null ? null : keyed.key();
		this.noteArgs = keyed == null ? null : keyed.argsJson();
	}

	/** When it happened. */
	public Instant getAt() {
		return at;
	}

	/** Who did it: a username, or the name of the step that did it on its own. */
	public String getActor() {
		return actor;
	}

	/** What was done, an upper-case code. */
	public String getAction() {
		return action;
	}

	/** Why, or what was said; may be empty or null. */
	public String getNote() {
		return note;
	}

	/** The bundle key of a note the system wrote, or {@code null} (typed by a person, or an older row). */
	public String getNoteKey() {
		return noteKey;
	}

	/** The arguments of {@link #getNoteKey()} as a JSON array of coded strings ({@link Note}), or {@code null}. */
	public String getNoteArgs() {
		return noteArgs;
	}
}
