package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

@NamedInterface("api")
public interface Calls extends JpaRepository<Call, Long> {

	List<Call> findAllByOrderByDeadlineAtDesc();

	/** The past call imported under the fund's own reference (compared exactly). */
	/** A query string, not a derived query: Hibernate caches its plan (a history import calls it once per row). */
	@org.springframework.data.jpa.repository.Query("select c from Call c where c.importRef = ?1")
	Optional<Call> findByImportRef(String importRef);

	boolean existsByImportRef(String importRef);

	List<Call> findByStatusInOrderByDeadlineAtDesc(Collection<CallStatus> statuses);
}
