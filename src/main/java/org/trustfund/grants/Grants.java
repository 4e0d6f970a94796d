package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

@NamedInterface("api")
public interface Grants extends JpaRepository<Grant, Long> {

	/** A query string, not a derived query: Hibernate caches its plan (a Board outcome asks once per award). */
	@Query("select g from Grant g where g.proposalId = ?1")
	Optional<Grant> findByProposalId(long proposalId);

	/** A query string, not a derived query: Hibernate caches its plan (a history import calls it once per row). */
	@Query("select g from Grant g where g.grantRef = ?1")
	Optional<Grant> findByGrantRef(String grantRef);

	/** The grants a history import recorded, in the order of the file. */
	List<Grant> findByImportIdOrderById(long importId);

	/** The ids of the grants a history import recorded, in the order of the file. */
	@Query("select g.id from Grant g where g.importId = ?1 order by g.id")
	List<Long> idsOfImport(long importId);

	List<Grant> findByOrganisationIdOrderByIdDesc(long organisationId);

	/** Whether any report of the organisation's grants is overdue: then none of its tranches may be paid. */
	@Query("select count(r) > 0 from Grant g join g.reports r where g.organisationId = ?1 and r.overdue = true")
	boolean hasOverdueReport(long organisationId);
}
