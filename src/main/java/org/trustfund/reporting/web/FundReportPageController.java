package org.trustfund.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.donors.DonorKind;
import org.trustfund.reporting.FundReport;
import org.trustfund.reporting.FundReportService;
import org.trustfund.reporting.ReportPeriod;
import org.trustfund.reporting.ReportSettings;
import org.trustfund.web.NotFoundException;
import org.trustfund.web.ValidationException;

/**
 * The fund's report as a page ({@code /reports/fund}), as a PDF ({@code /reports/fund.pdf?lang=en|ar}) and, when
 * {@code trustfund.report.public} is on, as a public page without any amount per donor ({@code /public/report}).
 */
@Controller
class FundReportPageController {

	private final FundReportService reports;
	private final ReportCharts charts;
	private final ReportPdf pdf;
	private final ReportSettings settings;

	FundReportPageController(FundReportService reports, ReportCharts charts, ReportPdf pdf, ReportSettings settings) {
		this.reports = reports;
		this.charts = charts;
		this.pdf = pdf;
		this.settings = settings;
	}

	@GetMapping("/reports/fund")
	@PreAuthorize("hasAnyRole('fundmanager', 'trustee', 'boardchair', 'admin')")
	String page(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			Locale locale) {
		return show(year, from, to, false, model, locale);
	}

	@GetMapping("/public/report")
	String publicPage(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			Locale locale) {
		if (!settings.publicReport()) {
			throw new NotFoundException("The public report is not published");
		}
		return show(year, from, to, true, model, locale);
	}

	@GetMapping("/reports/fund.pdf")
	@PreAuthorize("hasAnyRole('fundmanager', 'trustee', 'boardchair', 'admin')")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "en") String lang, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = "ar".equals(lang) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
		FundReport report = reports.report(ReportPeriod.of(year, from, to, reports.today()), false);
		Map<String, Object> model = new HashMap<>(Map.of("r", report, "kinds", DonorKind.values(), "publicPage", false,
				"charts", charts.of(report, locale), "ledgerLinks", readerHas("fundmanager"), "grantLinks",
				readerHas("fundmanager", "trustee", "boardchair")));
		byte[] body = pdf.render("reporting/fund", model, locale, request, response);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("fund-report-" + report.period().to() + "-" + locale.getLanguage() + ".pdf").build().toString())
			.body(body);
	}

	private String show(Integer year, LocalDate from, LocalDate to, boolean publicVersion, Model model, Locale locale) {
		model.addAttribute("print", false);
		model.addAttribute("publicPage", publicVersion);
		model.addAttribute("ledgerLinks", !publicVersion && readerHas("fundmanager"));
		model.addAttribute("grantLinks", !publicVersion && readerHas("fundmanager", "trustee", "boardchair"));
		model.addAttribute("kinds", DonorKind.values());
		try {
			FundReport report = reports.report(ReportPeriod.of(year, from, to, reports.today()), publicVersion);
			model.addAttribute("r", report);
			model.addAttribute("charts", charts.of(report, locale));
		} catch (ValidationException e) {
			model.addAttribute("error", e.fieldErrors().values().iterator().next());
		}
		return "reporting/fund";
	}

	/**
	 * Whether the logged-in reader has one of {@code roles}: a figure links to the ledger, pledges, reserve lists
	 * and calls only for fund managers, to grants for fund managers and the Board, since other readers of the
	 * report (administrators, the public) could not open those pages.
	 */
	private static boolean readerHas(String... roles) {
		Authentication reader = SecurityContextHolder.getContext().getAuthentication();
		return reader != null && reader.getAuthorities().stream()
			.anyMatch(a -> Arrays.stream(roles).anyMatch(r -> a.getAuthority().equals("ROLE_" + r)));
	}
}
