package org.trustfund.history;

/**
 * A file was not imported because of its problems; nothing was written. The API answers 422 with the
 * problems; the page shows the preview again.
 */
public class HistoryFileRefused extends RuntimeException {

	private final transient HistoryPreview preview;

	HistoryFileRefused(HistoryPreview preview) {
		super("The file " + preview.fileName() + " has " + preview.problemCount() + " problem(s); nothing was written");
		this.preview = preview;
	}

	/** @return the problems found */
	public HistoryPreview preview() {
		return preview;
	}
}
