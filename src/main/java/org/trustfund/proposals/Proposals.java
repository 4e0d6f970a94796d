package org.trustfund.proposals;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Proposals extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

	List<Proposal> findByCallIdOrderById(Long callId);

	List<Proposal> findByOrganisationIdOrderByIdDesc(Long organisationId);

	List<Proposal> findTop500ByOrderByIdDesc();

	List<Proposal> findByIdInOrderByIdDesc(Collection<Long> ids);

	List<Proposal> findByCallIdAndStatus(Long callId, ProposalStatus status);

	@Query("select p.id, p.title from Proposal p where p.id in :ids")
	List<Object[]> findTitles(Collection<Long> ids);

	/** Just the title, for task lists that label hundreds of tasks at once. */
	@Query("select p.title from Proposal p where p.id = :id")
	java.util.Optional<String> findTitleById(Long id);

	long countByCallIdAndStatusIn(Long callId, Collection<ProposalStatus> statuses);

	/** Countries with at least one project the Board awarded a grant. */
	@Query("select distinct p.country from Proposal p where p.status = org.trustfund.proposals.ProposalStatus.AWARDED")
	List<String> countriesWithAwardedProposals();
}
