package org.trustfund.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.trustfund.web.CsvExport;
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
	@PreAuthorize("hasAuthority('READ_FUND_REPORT')")
	Map<String, Object> json() {
		return open.dataPackage();
	}

	/** UTF-8 CSV with a header row of 360Giving column titles, one row per grant, streamed. */
	@GetMapping("/api/open-data/360giving.csv")
	@PreAuthorize("hasAuthority('READ_FUND_REPORT')")
	void csv(HttpServletResponse response) {
		CsvExport csv = CsvExport.download(response, "360giving.csv",
				ThreeSixtyGiving.COLUMNS.toArray(String[]::new));
		open.rows(values -> csv.row(values.toArray()));
		csv.flush();
	}
}
