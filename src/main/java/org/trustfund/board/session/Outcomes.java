package org.trustfund.board.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Outcomes extends JpaRepository<Outcome, Long> {

	List<Outcome> findBySessionIdOrderByIdAsc(Long sessionId);

	boolean existsBySessionId(Long sessionId);
}
