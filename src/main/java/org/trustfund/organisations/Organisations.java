package org.trustfund.organisations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Organisations extends JpaRepository<Organisation, Long> {

	List<Organisation> findAllByOrderByName();

	boolean existsByCountryAndRegistrationNumberIgnoreCase(String country, String registrationNumber);
}
