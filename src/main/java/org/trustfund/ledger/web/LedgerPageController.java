package org.trustfund.ledger.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.ledger.Bucket;
import org.trustfund.ledger.DonorFacts;
import org.trustfund.ledger.EntryType;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.LedgerFilter;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.shared.Money;
import org.trustfund.security.CurrentUser;
import org.trustfund.web.CsvExport;
import org.trustfund.web.ListQuery;
import org.trustfund.web.ListSpecs;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;
import org.trustfund.security.Permission;

/** The ledger's pages: entries with filters, one entry and its correction, balances, the CSV export. */
@Controller
class LedgerPageController {

	private final Clock clock;
	private final FundLedger ledger;
	private final LedgerReports reports;
	private final DonorFacts donors;

	LedgerPageController(FundLedger ledger, LedgerReports reports, DonorFacts donors, Clock clock) {
		this.clock = clock;
		this.ledger = ledger;
		this.reports = reports;
		this.donors = donors;
	}

	/** The entries list's one order: newest entry first (the ledger's order of booking). */
	static final ListQuery.Sorts SORTS = new ListQuery.Sorts("id", true, java.util.Map.of("id", "id"));

	/**
	 * Fund managers see the entries, filtered by {@code type}, value dates {@code from}/{@code to}
	 * (YYYY-MM-DD), {@code donorId} and {@code bucket}, paged as every working list ({@code page} from 1,
	 * {@code size}, see {@link ListQuery}); trustees, who read balances only, go to the balances. A parameter that
	 * cannot be used is listed on the page (in the reader's language) and left out; the list still shows.
	 */
	@GetMapping("/ledger")
	@PreAuthorize("hasAuthority('READ_LEDGER')")
	String entries(@RequestParam java.util.Map<String, String> params, Model model) {
		if (!CurrentUser.get().can(Permission.READ_LEDGER_ENTRIES)) {
			return "redirect:/ledger/balances";
		}
		ListQuery query = ListQuery.of("/ledger", params, SORTS);
		LedgerFilter filter = filter(query);
		model.addAttribute("list", ListSpecs.read(query, page -> reports.entries(filter, page)));
		model.addAttribute("types", EntryType.values());
		model.addAttribute("donorNames", donors.donorNames());
		return "ledger/entries";
	}

	/** The filter the address asks for; a value that cannot be used is a problem of {@code query} and is left out. */
	static LedgerFilter filter(ListQuery query) {
		return new LedgerFilter(query.choice("type", EntryType.class), query.date("from"), query.date("to"),
				query.id("donorId"), query.choice("bucket", Bucket.class));
	}

	@GetMapping("/ledger/entries/{id}")
	@PreAuthorize("hasAuthority('READ_LEDGER_ENTRIES')")
	String entry(@PathVariable long id, Model model) {
		model.addAttribute("entry", reports.entry(id));
		model.addAttribute("correctedBy", reports.correctedBy(id));
		model.addAttribute("donorNames", donors.donorNames());
		return "ledger/entry";
	}

	@PostMapping("/ledger/entries/{id}/correct")
	@PreAuthorize("hasAuthority('CORRECT_LEDGER')")
	String correct(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			long correction = ledger.correct(id, reason);
			redirect.addFlashAttribute("flash", "ledger.corrected");
			return "redirect:/ledger/entries/" + correction;
		}
		catch (ValidationException | ConflictException e) {
			response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			model.addAttribute("correctionError", e instanceof ConflictException c ? c.inReadersLanguage()
					: ((ValidationException) e).inReadersLanguage());
			model.addAttribute("reason", reason);
			return entry(id, model);
		}
	}

	@GetMapping("/ledger/balances")
	@PreAuthorize("hasAuthority('READ_LEDGER')")
	String balances(@RequestParam(defaultValue = "false") boolean reconcile, Model model) {
		model.addAttribute("dashboard", reports.dashboard());
		if (reconcile) {
			model.addAttribute("reconciliation", reports.reconcile());
		}
		return "ledger/balances";
	}

	@PostMapping("/ledger/reserve")
	@PreAuthorize("hasAuthority('CORRECT_LEDGER')")
	String setReserve(@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ledger.setOperatingReserve(reserve(amount), reason);
			redirect.addFlashAttribute("flash", "ledger.reserveSet");
			return "redirect:/ledger/balances";
		}
		catch (ValidationException | ConflictException e) {
			response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			model.addAttribute("reserveError", e instanceof ConflictException c ? c.inReadersLanguage()
					: ((ValidationException) e).inReadersLanguage());
			model.addAttribute("reserveAmount", amount);
			model.addAttribute("reserveReason", reason);
			return balances(false, model);
		}
	}

	/**
	 * Every entry of the filtered view (the parameters of {@code GET /ledger}) as CSV, oldest first. As the page
	 * (and every list's CSV), a parameter that cannot be used is left out, never a 400 or 500; the filter is read
	 * before the download starts.
	 */
	@GetMapping(path = "/ledger/export.csv")
	@PreAuthorize("hasAuthority('READ_LEDGER_ENTRIES')")
	void export(@RequestParam java.util.Map<String, String> params, HttpServletResponse response) {
		ListQuery query = ListQuery.of("/ledger", params, SORTS);
		LedgerFilter filter = filter(query);
		CsvExport csv = CsvExport.download(response, "fund-ledger-" + LocalDate.now(clock) + ".csv", LedgerCsv.HEADER);
		reports.forEach(filter, e -> LedgerCsv.write(csv, e));
		csv.flush();
	}

	private static Money reserve(String amount) {
		try {
			return Money.of(amount);
		}
		catch (IllegalArgumentException e) {
			throw amount.isBlank() ? ValidationException.keyed("amount", "error.reserve.give", "Give the new reserve")
					: ValidationException.keyed("amount", "error.asWritten", e.getMessage(), e.getMessage());
		}
	}
}
