package org.trustfund.board.session;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardSessions extends JpaRepository<BoardSession, Long> {

	List<BoardSession> findAllByOrderByIdDesc();

	boolean existsByCallIdAndKindInAndStatusNot(Long callId, Collection<SessionKind> kinds, SessionStatus status);
}
