package org.trustfund.donors;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Donors extends JpaRepository<Donor, Long>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<Donor> {

	List<Donor> findAllByOrderByName();

	/** A query string, not a derived query: Hibernate caches its plan, which it rebuilds for each derived (criteria) query; a history import calls it once per row. */
	@org.springframework.data.jpa.repository.Query("select x from Donor x where x.importedRef = ?1")
	java.util.Optional<Donor> findByImportedRef(String importedRef);

	boolean existsByKindAndCountryAndIdNot(DonorKind kind, String country, Long id);
}
