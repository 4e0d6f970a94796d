package org.trustfund.reserve;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReserveEvents extends JpaRepository<ReserveEvent, Long> {

	List<ReserveEvent> findByListIdOrderByIdAsc(long listId);
}
