package org.trustfund.board.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionItems extends JpaRepository<SessionItem, SessionItem.Key> {

	List<SessionItem> findBySessionIdOrderByPosition(Long sessionId);
}
