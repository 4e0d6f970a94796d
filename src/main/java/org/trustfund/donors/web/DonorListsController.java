package org.trustfund.donors.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.donors.Contribution;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorLists;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeStatus;
import org.trustfund.web.CsvExport;
import org.trustfund.web.ListQuery;
import org.trustfund.web.ListSpecs;

/**
 * The fund manager's lists of donors ({@code /donors}: search, donor type, country), pledges ({@code /pledges}:
 * search, donor, status, currency, expected dates) and contributions ({@code /contributions}: search, donor,
 * currency, dates received), each sortable and paged, all in the address, each with a CSV ({@code
 * /donors/export.csv}, ...) of exactly its filtered view.
 */
@Controller
@PreAuthorize("hasAuthority('MANAGE_DONORS')")
class DonorListsController {

	static final ListQuery.Sorts DONOR_SORTS = new ListQuery.Sorts("name", false,
			Map.of("name", "name", "kind", "kind", "country", "country", "added", "createdAt"));
	static final ListQuery.Sorts PLEDGE_SORTS = new ListQuery.Sorts("id", true, Map.of("id", "id", "amount", "amount",
			"expected", "expectedOn", "status", "status", "currency", "currency"));
	static final ListQuery.Sorts CONTRIBUTION_SORTS = new ListQuery.Sorts("received", true, Map.of("received",
			"receivedOn", "amount", "amount", "credited", "creditedUsd", "reference", "bankReference"));

	private final DonorLists lists;
	private final DonorService donors;
	private final Clock clock;

	DonorListsController(DonorLists lists, DonorService donors, Clock clock) {
		this.lists = lists;
		this.donors = donors;
		this.clock = clock;
	}

	@GetMapping("/donors")
	String donors(@RequestParam Map<String, String> params, Model model) {
		ListQuery q = ListQuery.of("/donors", params, DONOR_SORTS);
		DonorLists.DonorCriteria c = donorCriteria(q);
		model.addAttribute("list", ListSpecs.read(q, page -> lists.donors(c, page)));
		model.addAttribute("kinds", DonorKind.values());
		return "donors/list";
	}

	@GetMapping("/donors/export.csv")
	void donorsCsv(@RequestParam Map<String, String> params, HttpServletResponse response) {
		ListQuery q = ListQuery.of("/donors", params, DONOR_SORTS);
		var rows = lists.donors(donorCriteria(q), ListSpecs.all(q));
		CsvExport csv = CsvExport.download(response, "donors-" + LocalDate.now(clock) + ".csv", "id", "name", "type",
				"country", "anonymous", "contact_name", "contact_email", "added_at");
		for (Donor d : rows) {
			csv.row(d.getId(), d.getName(), d.getKind().name(), d.getCountry(), d.isAnonymous() ? "yes" : "no",
					d.getContactName(), d.getContactEmail(), d.getCreatedAt());
		}
		csv.flush();
	}

	@GetMapping("/pledges")
	String pledges(@RequestParam Map<String, String> params, Model model) {
		ListQuery q = ListQuery.of("/pledges", params, PLEDGE_SORTS);
		DonorLists.PledgeCriteria c = pledgeCriteria(q);
		model.addAttribute("list", ListSpecs.read(q, page -> lists.pledges(c, page)));
		model.addAttribute("donorNames", donors.names());
		model.addAttribute("statuses", PledgeStatus.values());
		return "donors/pledges";
	}

	@GetMapping("/pledges/export.csv")
	void pledgesCsv(@RequestParam Map<String, String> params, HttpServletResponse response) {
		ListQuery q = ListQuery.of("/pledges", params, PLEDGE_SORTS);
		Map<Long, String> names = donors.names();
		var rows = lists.pledges(pledgeCriteria(q), ListSpecs.all(q));
		CsvExport csv = CsvExport.download(response, "pledges-" + LocalDate.now(clock) + ".csv", "id", "donor",
				"amount", "currency", "paid", "remaining", "expected_on", "status", "earmark");
		for (Pledge p : rows) {
			csv.row(p.getId(), names.get(p.getDonorId()), p.getAmount(), p.getCurrency(), p.getPaidAmount(),
					p.remaining(), p.getExpectedOn(), p.getStatus().name(), p.getEarmark());
		}
		csv.flush();
	}

	@GetMapping("/contributions")
	String contributions(@RequestParam Map<String, String> params, Model model) {
		ListQuery q = ListQuery.of("/contributions", params, CONTRIBUTION_SORTS);
		DonorLists.ContributionCriteria c = contributionCriteria(q);
		model.addAttribute("list", ListSpecs.read(q, page -> lists.contributions(c, page)));
		model.addAttribute("donorNames", donors.names());
		return "donors/contributions";
	}

	@GetMapping("/contributions/export.csv")
	void contributionsCsv(@RequestParam Map<String, String> params, HttpServletResponse response) {
		ListQuery q = ListQuery.of("/contributions", params, CONTRIBUTION_SORTS);
		Map<Long, String> names = donors.names();
		var rows = lists.contributions(contributionCriteria(q), ListSpecs.all(q));
		CsvExport csv = CsvExport.download(response, "contributions-" + LocalDate.now(clock) + ".csv", "id",
				"received_on", "donor", "amount", "currency", "credited_usd", "bank_reference", "pledge_id", "reversed");
		for (Contribution c : rows) {
			csv.row(c.getId(), c.getReceivedOn(), names.get(c.getDonorId()), c.getAmount(), c.getCurrency(),
					c.getCreditedUsd(), c.getBankReference(), c.getPledgeId(), c.isReversed() ? "yes" : "no");
		}
		csv.flush();
	}

	private static DonorLists.DonorCriteria donorCriteria(ListQuery q) {
		return new DonorLists.DonorCriteria(q.like(), q.choice("kind", DonorKind.class), q.country("country"));
	}

	private static DonorLists.PledgeCriteria pledgeCriteria(ListQuery q) {
		return new DonorLists.PledgeCriteria(q.like(), q.id("donorId"), q.choice("status", PledgeStatus.class),
				currency(q), q.date("from"), q.date("to"));
	}

	private static DonorLists.ContributionCriteria contributionCriteria(ListQuery q) {
		return new DonorLists.ContributionCriteria(q.like(), q.id("donorId"), currency(q), q.date("from"), q.date("to"));
	}

	private static String currency(ListQuery q) {
		String c = q.text("currency");
		return c == null ? null : c.toUpperCase(Locale.ROOT);
	}
}
