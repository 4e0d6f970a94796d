package org.trustfund.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One line of a record's history, as organisations and proposals keep it: who ({@code actor}, a username or
 * "system") did what ({@code action}, an upper-case code such as {@code SUBMITTED}), when ({@code at}, an
 * instant) and why ({@code note}, free text, may be empty). Never changed once written; the subclass adds the
 * id of the record it belongs to (its own table and column).
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

	protected HistoryLine() {
	}

	protected HistoryLine(Instant at, String actor, String action, String note) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.note = note;
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
}
