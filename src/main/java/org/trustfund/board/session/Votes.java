package org.trustfund.board.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Votes extends JpaRepository<Vote, Long> {

	List<Vote> findBySessionIdOrderByProposalIdAscTrusteeAsc(Long sessionId);

	List<Vote> findBySessionIdAndTrustee(Long sessionId, String trustee);
}
