package org.trustfund.donors;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Donors extends JpaRepository<Donor, Long> {

	List<Donor> findAllByOrderByName();

	java.util.Optional<Donor> findByImportedRef(String importedRef);

	boolean existsByKindAndCountryAndIdNot(DonorKind kind, String country, Long id);
}
