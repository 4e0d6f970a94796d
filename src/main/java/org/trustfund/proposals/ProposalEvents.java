package org.trustfund.proposals;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalEvents extends JpaRepository<ProposalEvent, Long> {

	List<ProposalEvent> findByProposalIdOrderByAtAscIdAsc(Long proposalId);
}
