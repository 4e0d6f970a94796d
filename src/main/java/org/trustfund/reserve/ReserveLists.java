package org.trustfund.reserve;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReserveLists extends JpaRepository<ReserveList, Long> {

	Optional<ReserveList> findByCallId(long callId);

	/** Locks the list's row: entries are added, offered and withdrawn one change at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from ReserveList l where l.callId = ?1")
	Optional<ReserveList> lockByCallId(long callId);

	List<ReserveList> findAllByOrderByCreatedAtDesc();

	List<ReserveList> findByImportIdOrderById(long importId);
}
