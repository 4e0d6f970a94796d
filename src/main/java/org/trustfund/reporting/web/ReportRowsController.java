package org.trustfund.reporting.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.grants.GrantReporting;
import org.trustfund.reporting.FundReportService;
import org.trustfund.reporting.ReportPeriod;
import org.trustfund.shared.ValidationException;

/**
 * The rows behind the report's grant and result figures, so that every figure links to what it counts: the grants
 * awarded in a period ({@code /reports/fund/grants}, optionally of one call or country) and the accepted reports due
 * in it ({@code /reports/fund/reports}). Periods as the report's (value dates in UTC, both ends included); a bad
 * period shows a message. {@value #PAGE_SIZE} rows a page.
 */
@Controller
class ReportRowsController {

	static final int PAGE_SIZE = 100;

	private final GrantReporting grants;
	private final FundReportService reports;
	private final MessageSource messages;

	ReportRowsController(GrantReporting grants, FundReportService reports, MessageSource messages) {
		this.messages = messages;
		this.grants = grants;
		this.reports = reports;
	}

	@GetMapping("/reports/fund/grants")
	@PreAuthorize("hasAuthority('READ_FUND_REPORT')")
	String grants(@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String callId,
			@RequestParam(required = false) String country, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("kind", "grants");
		ReportPeriod p = period(year, from, to, model);
		if (p == null) {
			return "reporting/rows";
		}
		Long call;
		try {
			call = callId == null || callId.isBlank() ? null : Long.valueOf(callId.strip());
		}
		catch (NumberFormatException e) {
			model.addAttribute("error", messages.getMessage("report.bad.call", new Object[] {callId.strip()},
					LocaleContextHolder.getLocale()));
			return "reporting/rows";
		}
		int current = page(page);
		String c = country == null || country.isBlank() ? null : country;
		model.addAttribute("period", p);
		model.addAttribute("callId", call);
		model.addAttribute("country", c);
		model.addAttribute("grants", grants.grantsIn(p.start(), p.to(), call, c, current * PAGE_SIZE, PAGE_SIZE));
		return paged(model, current, grants.countGrantsIn(p.start(), p.to(), call, c));
	}

	@GetMapping("/reports/fund/reports")
	@PreAuthorize("hasAuthority('READ_FUND_REPORT')")
	String reports(@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("kind", "reports");
		ReportPeriod p = period(year, from, to, model);
		if (p == null) {
			return "reporting/rows";
		}
		int current = page(page);
		model.addAttribute("period", p);
		model.addAttribute("reports", grants.reportsIn(p.start(), p.to(), current * PAGE_SIZE, PAGE_SIZE));
		return paged(model, current, grants.countReportsIn(p.start(), p.to()));
	}

	/** The page asked for, counted from 0: a value that is no number, or below 0, is the first page. */
	private static int page(String page) {
		try {
			return page == null || page.isBlank() ? 0 : Math.max(Integer.parseInt(page.strip()), 0);
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	/**
	 * The period asked for, read from the address's text as the report reads it
	 * ({@link FundReportPageController#period}), or null with the reason, in the reader's language, in the model as
	 * {@code error}.
	 */
	private ReportPeriod period(String year, String from, String to, Model model) {
		try {
			return FundReportPageController.period(year, from, to, reports.today());
		} catch (ValidationException e) {
			model.addAttribute("error", e.fieldErrors().values().iterator().next());
			return null;
		}
	}

	private static String paged(Model model, int page, long total) {
		model.addAttribute("total", total);
		// a grant's page is linked only for readers who may open it (administrators read the report, not grants)
		model.addAttribute("grantLinks", org.trustfund.security.CurrentUser.get().can(org.trustfund.security.Permission.READ_GRANTS));
		model.addAttribute("page", page);
		model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
		return "reporting/rows";
	}
}
