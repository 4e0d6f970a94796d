package org.trustfund.grants.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.grants.GrantReconciliation;

/** The grants' figures checked against the ledger, for the readers of the ledger's own reconciliation. */
@RestController
class GrantReconciliationController {

	private final GrantReconciliation reconciliation;

	GrantReconciliationController(GrantReconciliation reconciliation) {
		this.reconciliation = reconciliation;
	}

	@GetMapping("/api/grants/reconciliation")
	@PreAuthorize("hasAuthority('READ_LEDGER')")
	@Operation(summary = "Each grant's committed, disbursed and refunded amounts checked against the ledger's entries")
	GrantReconciliation.Result reconciliation() {
		return reconciliation.check();
	}
}
