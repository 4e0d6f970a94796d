package org.trustfund.reserve;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReserveEntries extends JpaRepository<ReserveEntry, Long> {

	List<ReserveEntry> findByListIdOrderByRankPositionAscIdAsc(long listId);

	List<ReserveEntry> findByListIdAndStateOrderByRankPositionAscIdAsc(long listId, EntryState state);

	Optional<ReserveEntry> findByListIdAndProposalId(long listId, long proposalId);

	long countByListIdAndState(long listId, EntryState state);
}
