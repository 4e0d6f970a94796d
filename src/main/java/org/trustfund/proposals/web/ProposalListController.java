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

	@GetMapping("/proposals/export.csv")
	void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
		AppUser user = CurrentUser.get();
		ListQuery query = ListQuery.of("/proposals", params, SORTS);
		ProposalSearch.Criteria criteria = criteria(query, user);
		Map<Long, String> orgs = names();
		Map<Long, String> callTitles = calls.all().stream().collect(Collectors.toMap(Call::getId, Call::getTitle));
		CsvExport csv = CsvExport.download(response, "proposals-" + LocalDate.now(clock) + ".csv", "id", "title",
				"organisation", "call", "country", "stage", "amount_requested_usd", "submitted_at", "final_score",
				"recommendation");
		for (Proposal p : search.all(user, criteria, sort(query))) {
			csv.row(p.getId(), p.getTitle(), orgs.get(p.getOrganisationId()), callTitles.get(p.getCallId()),
					p.getCountry(), p.getStatus().name(), p.getAmountRequested(), p.getSubmittedAt(), p.getFinalScore(),
					p.getRecommendation() == null ? null : p.getRecommendation().name());
		}
		csv.flush();
	}

	private static ProposalSearch.Criteria criteria(ListQuery q, AppUser user) {
		return new ProposalSearch.Criteria(q.like(), q.id("callId"), q.choice("stage", ProposalStatus.class),
				q.country("country"), ProposalVisibility.readsAll(user) ? q.id("organisationId") : null, q.date("from"),
				q.date("to"));
	}

	private static Sort sort(ListQuery q) {
		Sort.Order first = q.descending() ? Sort.Order.desc(q.sortColumn()) : Sort.Order.asc(q.sortColumn());
		return Sort.by(first, Sort.Order.desc("id"));
	}

	private Map<Long, String> names() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
	}
}
