package org.trustfund.grants;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Amendments extends JpaRepository<Amendment, Long> {

	List<Amendment> findByGrantIdOrderByIdDesc(long grantId);
}
