package org.trustfund.organisations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationDocuments extends JpaRepository<OrganisationDocument, Long> {

	List<OrganisationDocument> findByOrganisationIdOrderByIdAsc(Long organisationId);
}
