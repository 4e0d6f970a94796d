package org.trustfund.organisations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationSearch;
import org.trustfund.organisations.OrganisationStatus;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;
import org.trustfund.security.Permission;
import org.trustfund.web.CsvExport;
import org.trustfund.web.ListPage;
import org.trustfund.web.ListQuery;

/**
 * The organisations list ({@code GET /organisations}, the fund's staff): search (name, registration number,
 * contact), country, status and sign-up dates, sortable and paged, all in the address; {@code GET
 * /organisations/export.csv} has every row of the same filtered view. An NGO member is sent to their own
 * organisation's page instead; others without {@link Permission#READ_ORGANISATIONS} get 403.
 */
@Controller
class OrganisationListController {

	static final ListQuery.Sorts SORTS = new ListQuery.Sorts("name", false, Map.of("name", "name", "country",
			"country", "status", "status", "registered", "createdAt"));

	private final OrganisationSearch search;
	private final Clock clock;

	OrganisationListController(OrganisationSearch search, Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	@GetMapping("/organisations")
	String list(@RequestParam Map<String, String> params, Model model) {
		AppUser user = CurrentUser.get();
		if (user.organisationId() != null && !user.can(Permission.READ_ORGANISATIONS)) {
			return "redirect:/organisations/" + user.organisationId();
		}
		requireStaff(user);
		ListQuery query = ListQuery.of("/organisations", params, SORTS);
		OrganisationSearch.Criteria criteria = criteria(query);
		Sort sort = sort(query);
		model.addAttribute("list", ListPage.of(query, search.count(criteria),
				(offset, size) -> search.page(criteria, PageRequest.of((int) (offset / size), size, sort)).getContent()));
		model.addAttribute("statuses", OrganisationStatus.values());
		return "organisations/list";
	}

	@GetMapping("/organisations/export.csv")
	void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
		requireStaff(CurrentUser.get());
		ListQuery query = ListQuery.of("/organisations", params, SORTS);
		java.util.List<Organisation> rows = search.all(criteria(query), sort(query));
		CsvExport csv = CsvExport.download(response, "organisations-" + LocalDate.now(clock) + ".csv", "id", "name",
				"country", "registration_number", "status", "contact_name", "contact_email", "registered_at",
				"verified_at");
		for (Organisation o : rows) {
			csv.row(o.getId(), o.getName(), o.getCountry(), o.getRegistrationNumber(), o.getStatus().name(),
					o.getContactName(), o.getContactEmail(), o.getCreatedAt(), o.getVerifiedAt());
		}
		csv.flush();
	}

	private static OrganisationSearch.Criteria criteria(ListQuery q) {
		return new OrganisationSearch.Criteria(q.like(), q.country("country"), q.choice("status", OrganisationStatus.class),
				q.date("from"), q.date("to"));
	}

	private static Sort sort(ListQuery q) {
		return Sort.by(q.descending() ? Sort.Order.desc(q.sortColumn()) : Sort.Order.asc(q.sortColumn()),
				Sort.Order.asc("id"));
	}

	private static void requireStaff(AppUser user) {
		if (!user.can(Permission.READ_ORGANISATIONS)) {
			throw new AccessDeniedException("Fund managers only");
		}
	}
}
