package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;
import org.trustfund.shared.Money;

/**
 * Published inside the transaction that commits a Board award in the fund ledger, for a session's decision
 * or a reserve-list offer alike. The grants feature opens the grant from it; the reserve list drops the
 * project. A listener that throws undoes the award.
 */
@NamedInterface("api")
public record ProposalAwarded(long proposalId, long callId, long organisationId, String grantRef, Money amount,
		long sessionId, LocalDate decidedOn, long ledgerEntryId) {

	/** The ledger's grant reference for a proposal's award: one grant per proposal. */
	public static String grantRef(long proposalId) {
		return "G-" + proposalId;
	}
}
