package org.trustfund.grants.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.calls.CallService;
import org.trustfund.grants.GrantAccess;
import org.trustfund.grants.GrantQueries;
import org.trustfund.grants.GrantRow;
import org.trustfund.grants.GrantStatus;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;
import org.trustfund.web.CsvExport;
import org.trustfund.web.ListPage;
import org.trustfund.web.ListQuery;

/**
 * The grants list: the disbursement view (fund managers, trustees) or the NGO's own grants ({@code GET /grants}),
 * searched (reference, title, organisation), filtered by call, country, status, overdue report and award dates,
 * sorted and paged in the database, all in the address; {@code GET /grants/export.csv} has every row of the same
 * filtered view. An NGO's filter is always its own organisation ({@link GrantAccess#visibleTo}).
 */
@Controller
class GrantListController {

	static final ListQuery.Sorts SORTS = new ListQuery.Sorts("ref", true, GrantQueries.SORTS);

	private final GrantQueries queries;
	private final CallService calls;
	private final Clock clock;

	GrantListController(GrantQueries queries, CallService calls, Clock clock) {
		this.queries = queries;
		this.calls = calls;
		this.clock = clock;
	}

	@GetMapping("/grants")
	@PreAuthorize("hasAuthority('READ_GRANTS')")
	String list(@RequestParam Map<String, String> params, Model model) {
		AppUser user = CurrentUser.get();
		ListQuery query = ListQuery.of("/grants", params, SORTS);
		GrantQueries.Filter filter = GrantAccess.visibleTo(user, filter(query));
		ListPage<GrantRow> list = ListPage.of(query, queries.count(filter),
				(offset, size) -> queries.page(filter, query.sortColumn(), query.descending(), offset, size));
		model.addAttribute("list", list);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", GrantStatus.values());
		if (filter.organisationId() != null) {
			model.addAttribute("results", queries.results(filter.organisationId()));
			return "grants/mine";
		}
		model.addAttribute("calls", calls.all());
		model.addAttribute("byCall", queries.totals("call"));
		model.addAttribute("byCountry", queries.totals("country"));
		model.addAttribute("byYear", queries.totals("year"));
		model.addAttribute("overdueReports", queries.overdue());
		model.addAttribute("results", queries.results(null));
		return "grants/list";
	}

	@GetMapping("/grants/export.csv")
	@PreAuthorize("hasAuthority('READ_ALL_GRANTS')")
	void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
		writeCsv(queries, ListQuery.of("/grants", params, SORTS), response, LocalDate.now(clock));
	}

	/** The filter the address asks for (the organisation is {@link GrantAccess}'s to decide). */
	static GrantQueries.Filter filter(ListQuery q) {
		return new GrantQueries.Filter(null, q.id("callId"), q.country("country"), q.choice("status", GrantStatus.class),
				q.flag("overdue"), q.like(), q.date("from"), q.date("to"));
	}

	/** Writes every grant of {@code query}'s filtered view as CSV, in its order, named after {@code today} (UTC). */
	static void writeCsv(GrantQueries queries, ListQuery query, HttpServletResponse response, LocalDate today) {
		GrantQueries.Filter filter = filter(query);
		CsvExport csv = CsvExport.download(response, "grants-" + today + ".csv", GrantCsv.HEADER);
		queries.forEach(filter, query.sortColumn(), query.descending(), r -> GrantCsv.write(csv, r));
		csv.flush();
	}
}
