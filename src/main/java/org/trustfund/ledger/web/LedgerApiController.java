package org.trustfund.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.ledger.BalanceDashboard;
import org.trustfund.ledger.EntryType;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.LedgerEntry;
import org.trustfund.ledger.LedgerFilter;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.shared.Money;
import org.trustfund.ledger.Reconciliation;
import org.trustfund.shared.ValidationException;

@RestController
@RequestMapping("/api/ledger")
@Tag(name = "Fund ledger", description = "The append-only record of every movement of money, and the balances")
class LedgerApiController {

	private static final int MAX_PAGE = 500;

	private final FundLedger ledger;
	private final LedgerReports reports;

	LedgerApiController(FundLedger ledger, LedgerReports reports) {
		this.ledger = ledger;
		this.reports = reports;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('READ_LEDGER_ENTRIES')")
	@Operation(summary = "Entries, newest first, filtered by type, value-date range and donor")
	EntryPage entries(@RequestParam(required = false) EntryType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long donorId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Page<LedgerEntry> found = reports.entries(new LedgerFilter(type, from, to, donorId), PageRequest
			.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE), Sort.by(Sort.Direction.DESC, "id")));
		return new EntryPage(found.map(EntryView::of).getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('READ_LEDGER_ENTRIES')")
	EntryView entry(@PathVariable long id) {
		return EntryView.of(reports.entry(id));
	}

	@PostMapping("/{id}/corrections")
	@PreAuthorize("hasAuthority('CORRECT_LEDGER')")
	@Operation(summary = "Reverse an entry with a correcting entry (nothing is edited or deleted); 409 if refused")
	ResponseEntity<EntryView> correct(@PathVariable long id, @RequestBody Reason body) {
		long correction = ledger.correct(id, body == null ? null : body.reason());
		return ResponseEntity.created(URI.create("/api/ledger/" + correction)).body(EntryView.of(reports.entry(correction)));
	}

	@PutMapping("/operating-reserve")
	@PreAuthorize("hasAuthority('CORRECT_LEDGER')")
	@Operation(summary = "Set the operating reserve kept back from new grants; 409 if the available balance is short, "
			+ "400 if the reserve is already at that level (no entry is written)")
	EntryView setReserve(@RequestBody Reserve body) {
		Money level;
		try {
			level = Money.of(body.amount());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw e instanceof NullPointerException
					? ValidationException.keyed("amount", "error.reserve.give", "Give the new reserve")
					: ValidationException.keyed("amount", "error.asWritten", e.getMessage(), e.getMessage());
		}
		return EntryView.of(reports.entry(ledger.setOperatingReserve(level, body.reason())));
	}

	@GetMapping("/balances")
	@PreAuthorize("hasAuthority('READ_LEDGER')")
	@Operation(summary = "Paid in, committed, disbursed, refunded, reserve, available; per year and donor group")
	BalanceDashboard balances() {
		return reports.dashboard();
	}

	@GetMapping("/reconciliation")
	@PreAuthorize("hasAuthority('READ_LEDGER')")
	@Operation(summary = "The running totals checked against the sum of all entries")
	Reconciliation reconciliation() {
		return reports.reconcile();
	}

	record EntryPage(List<EntryView> entries, int page, int size, long total) {
	}

	record Reason(String reason) {
	}

	record Reserve(BigDecimal amount, String reason) {
	}
}
