package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.Money;

/**
 * Published inside the transaction that applies a session's outcome, for each eligible project that goes
 * to its call's reserve list: recommended for reserve, or approved when the money had run out. The reserve
 * list takes it in rank order.
 */
@NamedInterface("api")
public record ProposalReserved(long callId, long proposalId, int rank, Money amount, long sessionId) {
}
