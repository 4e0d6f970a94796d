package org.trustfund.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalSearch;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.ProposalVisibility;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;
import org.trustfund.web.CsvExport;
import org.trustfund.web.ListPage;
import org.trustfund.web.ListQuery;

/**
 * The proposals list ({@code GET /proposals}) and its CSV ({@code GET /proposals/export.csv}): search (title or
 * organisation), call, stage, country, organisation (staff) and submission dates, sortable and paged, all in the
 * address; the CSV has every row of the same filtered view. Each user sees what {@link ProposalVisibility} allows.
 */
@Controller
class ProposalListController {

	static final ListQuery.Sorts SORTS = new ListQuery.Sorts("id", true, Map.of("id", "id", "title", "title",
			"country", "country", "amount", "amountRequested", "stage", "status", "submitted", "submittedAt"));

	private final ProposalSearch search;
	private final CallService calls;
	private final OrganisationService organisations;
	private final Clock clock;

	ProposalListController(ProposalSearch search, CallService calls, OrganisationService organisations, Clock clock) {
		this.clock = clock;
		this.search = search;
		this.calls = calls;
		this.organisations = organisations;
	}

	@GetMapping("/proposals")
	String list(@RequestParam Map<String, String> params, Model model) {
		AppUser user = CurrentUser.get();
		ListQuery query = ListQuery.of("/proposals", params, SORTS);
		ProposalSearch.Criteria criteria = criteria(query, user);
		Sort sort = sort(query);
		long total = search.count(user, criteria);
		ListPage<Proposal> list = ListPage.of(query, total,
				(offset, size) -> search.page(user, criteria, PageRequest.of((int) (offset / size), size, sort)).getContent());
		boolean staff = ProposalVisibility.readsAll(user);
		model.addAttribute("list", list);
		model.addAttribute("staff", staff);
		model.addAttribute("calls", calls.all());
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("organisations", staff ? organisations.all() : java.util.List.of());
		model.addAttribute("orgNames", names());
		return "proposals/list";
	}

	/**
	 * Every proposal of the filtered view as CSV. The columns are those the user may read: the secretariat's
	 * {@code final_score} and {@code recommendation} only for the fund's staff ({@link ProposalAccess#staff}, the
	 * rule of {@code GET /api/proposals/{id}}), never for NGO members or reviewers. The rows are read, and access
	 * is checked, before the response is touched: a refused user gets a clean 403, not a half-started download.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException when the user may see no proposals (trustees)
	 */
	@GetMapping("/proposals/export.csv")
	void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
		AppUser user = CurrentUser.get();
		ListQuery query = ListQuery.of("/proposals", params, SORTS);
		ProposalSearch.Criteria criteria = criteria(query, user);
		java.util.List<Proposal> rows = search.all(user, criteria, sort(query));
		boolean scores = ProposalAccess.staff(user);
		Map<Long, String> orgs = names();
		Map<Long, String> callTitles = calls.all().stream().collect(Collectors.toMap(Call::getId, Call::getTitle));
		java.util.List<String> header = new java.util.ArrayList<>(java.util.List.of("id", "title", "organisation",
				"call", "country", "stage", "amount_requested_usd", "submitted_at"));
		if (scores) {
			header.addAll(java.util.List.of("final_score", "recommendation"));
		}
		CsvExport csv = CsvExport.download(response, "proposals-" + LocalDate.now(clock) + ".csv",
				header.toArray(String[]::new));
		for (Proposal p : rows) {
			java.util.List<Object> cells = new java.util.ArrayList<>(java.util.Arrays.asList(p.getId(), p.getTitle(),
					orgs.get(p.getOrganisationId()), callTitles.get(p.getCallId()), p.getCountry(), p.getStatus().name(),
					p.getAmountRequested(), p.getSubmittedAt()));
			if (scores) {
				cells.add(p.getFinalScore());
				cells.add(p.getRecommendation() == null ? null : p.getRecommendation().name());
			}
			csv.row(cells.toArray());
		}
		csv.flush();
	}

	static ProposalSearch.Criteria criteria(ListQuery q, AppUser user) {
		return new ProposalSearch.Criteria(q.like(), q.id("callId"), q.choice("stage", ProposalStatus.class),
				q.country("country"), ProposalVisibility.readsAll(user) ? q.id("organisationId") : null, q.date("from"),
				q.date("to"));
	}

	static Sort sort(ListQuery q) {
		Sort.Order first = q.descending() ? Sort.Order.desc(q.sortColumn()) : Sort.Order.asc(q.sortColumn());
		return Sort.by(first, Sort.Order.desc("id"));
	}

	private Map<Long, String> names() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
	}
}
