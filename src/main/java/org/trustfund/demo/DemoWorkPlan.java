package org.trustfund.demo;

import java.nio.charset.StandardCharsets;
import org.trustfund.files.Upload;

/** A one-page PDF work plan for the demo data's proposals (submission needs a document, issue 16 item 3). */
final class DemoWorkPlan {

	private DemoWorkPlan() {
	}

	/**
	 * @param title the project's title, written into the file (characters outside printable ASCII as {@code ?})
	 * @return a PDF upload named {@code workplan.pdf}
	 */
	static Upload of(String title) {
		String ascii = title.replaceAll("[^ -~]", "?").replace("(", "[").replace(")", "]").replace("\\", "/");
		String text = "%PDF-1.4\n% Work plan: " + ascii + "\n%%EOF\n";
		return Upload.of("workplan.pdf", "application/pdf", text.getBytes(StandardCharsets.US_ASCII));
	}
}
