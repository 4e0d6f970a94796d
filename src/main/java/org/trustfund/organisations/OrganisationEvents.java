package org.trustfund.organisations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationEvents extends JpaRepository<OrganisationEvent, Long> {

	List<OrganisationEvent> findByOrganisationIdOrderByAtAscIdAsc(Long organisationId);
}
