package org.trustfund.proposals;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalAttachments extends JpaRepository<ProposalAttachment, Long> {

	List<ProposalAttachment> findByProposalIdOrderByIdAsc(Long proposalId);

	long countByProposalId(Long proposalId);
}
