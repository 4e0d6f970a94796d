package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
import java.util.List;

/**
 * The Board's side of a reserve-list offer: a written (intersessional) procedure on reserve projects,
 * under the same voting and quorum rules as a session, or decided by the chair alone when so configured.
 * <p>
 * The caller starts the {@code boardSession} process with the returned session id as business key and
 * variable {@code sessionId} (the reserve list does it as a call activity). Approved projects are awarded
 * ({@link ProposalAwarded}) in rank order while the money lasts; the others keep their place.
 */
@NamedInterface("api")
public interface ReserveOffers {

	/** @return the id of the prepared written procedure */
	long prepareReserveOffer(long callId, List<Long> proposalIdsInRankOrder, boolean chairOnly);
}
