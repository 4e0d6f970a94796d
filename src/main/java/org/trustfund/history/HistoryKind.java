package org.trustfund.history;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * One kind of history file a fund imports when it adopts the system (donors, pledges, contributions, past
 * calls, past grants, a call's reserve list, the operating reserve). Each kind is a Spring bean; the import
 * reads a file twice, streaming: first every row goes through {@link #check}, then, only if no row of the
 * file had a problem, every row goes through {@link #write} in one transaction, and {@link #finish} runs
 * once. One file therefore imports all or nothing.
 * <p>
 * Every row carries the fund's own reference for what it records ({@link #referenceColumn()}); a row whose
 * reference was imported before is skipped, so importing the same file again changes nothing.
 */
@NamedInterface("spi")
public interface HistoryKind {

	/**
	 * @return the kind's name in addresses, templates, messages ({@code history.kind.<name>}) and the import
	 *         record, e.g. {@code "donors"}, {@code "grants"}, {@code "reserve-list"}
	 */
	String name();

	/** @return the file's columns in the template's order; a file may leave optional columns out */
	List<HistoryColumn> columns();

	/** @return the column holding the fund's own reference of each row, unique within the kind */
	String referenceColumn();

	/**
	 * @return where the kind stands when a fund imports several files: a kind refers only to kinds of a lower
	 *         order (donors 10, pledges 20, contributions 30, calls 40, grants 50, reserve list 60, operating
	 *         reserve 70)
	 */
	int order();

	/**
	 * First pass: parses and checks one row without writing anything. Problems go to {@code row} (by column,
	 * as message keys); checks against rows earlier in the same file use {@code file}, against the database
	 * the kind's own repositories. Never throws for bad input.
	 */
	void check(HistoryRow row, HistoryFile file);

	/**
	 * Second pass, inside the import's single transaction, only for files whose every row passed
	 * {@link #check}: records the row.
	 * @return {@link RowOutcome#WRITTEN}, or {@link RowOutcome#ALREADY_IMPORTED} when a row with the same
	 *         reference was imported before (then nothing is written)
	 */
	RowOutcome write(HistoryRow row, HistoryImportContext context);

	/**
	 * Runs once after the last row was written, in the same transaction: e.g. starts the processes of
	 * imported active grants at the step where each stands, or lets an imported reserve list offer projects
	 * to money already available. Does nothing by default.
	 */
	default void finish(HistoryImportContext context) {
	}

	/** What writing one row did. */
	@NamedInterface("spi")
	enum RowOutcome {
		WRITTEN, ALREADY_IMPORTED
	}
}
