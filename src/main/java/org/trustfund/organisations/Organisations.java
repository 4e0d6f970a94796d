package org.trustfund.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Organisations extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	List<Organisation> findAllByOrderByName();

	boolean existsByCountryAndRegistrationNumberIgnoreCase(String country, String registrationNumber);

	Optional<Organisation> findFirstByCountryAndRegistrationNumberIgnoreCase(String country, String registrationNumber);

	List<Organisation> findByRegistrationNumberIgnoreCase(String registrationNumber);
}
