package org.trustfund.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;
import org.trustfund.security.Permission;

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
	@PreAuthorize("hasAuthority('READ_FUND_REPORT')")
	String page(@RequestParam(required = false) String year,
			@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model,
			Locale locale) {
		return show(year, from, to, false, model, locale);
	}

	@GetMapping("/public/report")
	String publicPage(@RequestParam(required = false) String year,
			@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model,
			Locale locale) {
		if (!settings.publicReport()) {
			throw NotFoundException.keyed("notFound.publicReport", "The public report is not published");
		}
		return show(year, from, to, true, model, locale);
	}

	@GetMapping("/reports/fund.pdf")
	@PreAuthorize("hasAuthority('READ_FUND_REPORT')")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String year,
			@RequestParam(required = false) String from,
			@RequestParam(required = false) String to,
			@RequestParam(defaultValue = "en") String lang, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = "ar".equals(lang) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
		FundReport report = reports.report(period(year, from, to, reports.today()), false);
		Map<String, Object> model = new HashMap<>(Map.of("r", report, "kinds", DonorKind.values(), "publicPage", false,
				"charts", charts.of(report, locale), "ledgerLinks", readerCan(Permission.READ_LEDGER_ENTRIES), "grantLinks",
				readerCan(Permission.READ_ALL_GRANTS)));
		byte[] body = pdf.render("reporting/fund", model, locale, request, response);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("fund-report-" + report.period().to() + "-" + locale.getLanguage() + ".pdf").build().toString())
			.body(body);
	}

	private String show(String year, String from, String to, boolean publicVersion, Model model, Locale locale) {
		model.addAttribute("print", false);
		// the report has no form: its charts are SVG drawn on the server, and the page is read as it would print
		model.addAttribute("noScript", true);
		model.addAttribute("publicPage", publicVersion);
		model.addAttribute("ledgerLinks", !publicVersion && readerCan(Permission.READ_LEDGER_ENTRIES));
		model.addAttribute("grantLinks", !publicVersion && readerCan(Permission.READ_ALL_GRANTS));
		model.addAttribute("kinds", DonorKind.values());
		try {
			FundReport report = reports.report(period(year, from, to, reports.today()), publicVersion);
			model.addAttribute("r", report);
			model.addAttribute("charts", charts.of(report, locale));
		} catch (ValidationException e) {
			model.addAttribute("error", e.fieldErrors().values().iterator().next());
		}
		return "reporting/fund";
	}

	/**
	 * The period the address asks for, read from its text so that a value that is no year or no date is a message
	 * on the page (in the reader's language), not a bare 400.
	 *
	 * @param year a year (digits), or null/blank
	 * @param from first day YYYY-MM-DD, or null/blank; {@code to} last day, likewise
	 * @return the period, as {@link ReportPeriod#of} makes it
	 * @throws ValidationException naming the parameter that cannot be read, or as {@link ReportPeriod#of}
	 */
	static ReportPeriod period(String year, String from, String to, LocalDate today) {
		Integer y = null;
		if (year != null && !year.isBlank()) {
			try {
				y = Integer.valueOf(year.strip());
			}
			catch (NumberFormatException e) {
				throw ValidationException.keyed("year", "report.bad.year",
						"The year \"" + year.strip() + "\" is not a year written in digits", year.strip());
			}
		}
		return ReportPeriod.of(y, date("from", from), date("to", to), today);
	}

	private static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 1000 || date.getYear() > 9999) {
				throw new java.time.format.DateTimeParseException("Outside the years 1000 to 9999", value, 0);
			}
			return date;
		}
		catch (java.time.format.DateTimeParseException e) {
			throw ValidationException.keyed(name, "report.bad.date", "The date \"" + value.strip() + "\" of \"" + name
					+ "\" is not a date written YYYY-MM-DD", name, value.strip());
		}
	}

	/**
	 * Whether the logged-in reader holds {@code permission}: a figure links to the ledger, pledges, reserve lists
	 * and calls only for readers of the ledger's entries (fund managers), to grants for readers of every grant
	 * (fund managers and the Board), since other readers of the report (administrators, the public) could not
	 * open those pages.
	 */
	private static boolean readerCan(Permission permission) {
		Authentication reader = SecurityContextHolder.getContext().getAuthentication();
		return reader != null
				&& reader.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(permission.authority()));
	}
}
