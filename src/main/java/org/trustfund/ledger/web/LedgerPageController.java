package org.trustfund.ledger.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;
import org.trustfund.security.Permission;

/** The ledger's pages: entries with filters, one entry and its correction, balances, the CSV export. */
@Controller
class LedgerPageController {

	private static final int PAGE_SIZE = 50;

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

	/** Fund managers see the entries; trustees, who read balances only, go to the balances. */
	@GetMapping("/ledger")
	@PreAuthorize("hasAuthority('READ_LEDGER')")
	String entries(@RequestParam(required = false) EntryType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long donorId, @RequestParam(required = false) Bucket bucket,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (!CurrentUser.get().can(Permission.READ_LEDGER_ENTRIES)) {
			return "redirect:/ledger/balances";
		}
		LedgerFilter filter = new LedgerFilter(type, from, to, donorId, bucket);
		model.addAttribute("filter", filter);
		model.addAttribute("types", EntryType.values());
		model.addAttribute("donorNames", donors.donorNames());
		model.addAttribute("entries", reports.entries(filter,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id"))));
		return "ledger/entries";
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

	@GetMapping(path = "/ledger/export.csv")
	@PreAuthorize("hasAuthority('READ_LEDGER_ENTRIES')")
	void export(@RequestParam(required = false) EntryType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long donorId, @RequestParam(required = false) Bucket bucket,
			HttpServletResponse response) {
		CsvExport csv = CsvExport.download(response, "fund-ledger-" + LocalDate.now(clock) + ".csv", LedgerCsv.HEADER);
		reports.forEach(new LedgerFilter(type, from, to, donorId, bucket), e -> LedgerCsv.write(csv, e));
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
