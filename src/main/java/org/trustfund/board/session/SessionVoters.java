package org.trustfund.board.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionVoters extends JpaRepository<SessionVoter, SessionVoter.Key> {

	List<SessionVoter> findBySessionIdOrderByChairDescUsernameAsc(Long sessionId);
}
