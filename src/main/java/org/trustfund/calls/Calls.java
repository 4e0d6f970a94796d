package org.trustfund.calls;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Calls extends JpaRepository<Call, Long> {

	List<Call> findAllByOrderByDeadlineAtDesc();

	List<Call> findByStatusInOrderByDeadlineAtDesc(Collection<CallStatus> statuses);
}
