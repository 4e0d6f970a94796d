package org.trustfund.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.reporting.ThreeSixtyGiving;

/** The awarded grants as 360Giving open data: a JSON data package and its flat CSV. */
@RestController
class OpenDataController {

	private final ThreeSixtyGiving open;

	OpenDataController(ThreeSixtyGiving open) {
		this.open = open;
	}

	@GetMapping(path = "/api/open-data/360giving.json", produces = "application/json")
	@PreAuthorize("hasAnyRole('fundmanager', 'trustee', 'boardchair', 'admin')")
	Map<String, Object> json() {
		return open.dataPackage();
	}

	/** UTF-8 CSV with a header row of 360Giving column titles, one row per grant, streamed. */
	@GetMapping("/api/open-data/360giving.csv")
	@PreAuthorize("hasAnyRole('fundmanager', 'trustee', 'boardchair', 'admin')")
	void csv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"360giving.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		try (CSVPrinter csv = new CSVPrinter(response.getWriter(),
				CSVFormat.DEFAULT.builder().setHeader(ThreeSixtyGiving.COLUMNS.toArray(String[]::new)).get())) {
			open.rows(values -> {
				try {
					csv.printRecord(values);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
