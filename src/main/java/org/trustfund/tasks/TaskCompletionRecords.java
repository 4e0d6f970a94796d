package org.trustfund.tasks;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskCompletionRecords extends JpaRepository<TaskCompletion, Long> {

	Optional<TaskCompletion> findFirstByProcessInstanceIdAndTaskKeyOrderByIdDesc(String processInstanceId,
			String taskKey);
}
