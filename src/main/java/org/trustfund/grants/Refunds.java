package org.trustfund.grants;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Refunds extends JpaRepository<Refund, Long> {

	java.util.Optional<Refund> findByGrantIdAndReference(long grantId, String reference);
	List<Refund> findByGrantIdOrderByIdAsc(long grantId);
}
