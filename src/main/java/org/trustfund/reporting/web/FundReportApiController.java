package org.trustfund.reporting.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.reporting.FundReport;
import org.trustfund.reporting.FundReportService;
import org.trustfund.reporting.ReportPeriod;

/** The fund's report as JSON, for fund managers, trustees and administrators. */
@RestController
class FundReportApiController {

	private final FundReportService reports;

	FundReportApiController(FundReportService reports) {
		this.reports = reports;
	}

	/** {@code GET /api/reports/fund?year=} or {@code ?from=&to=} (ISO dates, both included; none: since inception). */
	@GetMapping("/api/reports/fund")
	@PreAuthorize("hasAuthority('READ_FUND_REPORT')")
	FundReport fund(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reports.report(ReportPeriod.of(year, from, to, reports.today()), false);
	}
}
