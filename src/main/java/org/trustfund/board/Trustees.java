package org.trustfund.board;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Trustees extends JpaRepository<Trustee, Long> {

	List<Trustee> findByTermIdOrderByChairDescUsernameAsc(Long termId);

	long countByTermId(Long termId);

	boolean existsByTermIdAndUsername(Long termId, String username);

	boolean existsByTermIdAndChairTrue(Long termId);
}
