package org.trustfund.grants;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Payments extends JpaRepository<Payment, Long> {

	java.util.Optional<Payment> findByGrantIdAndBankReference(long grantId, String bankReference);
	List<Payment> findByGrantIdOrderByIdAsc(long grantId);
}
