package org.trustfund.notifications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Notifications extends JpaRepository<Notification, Long>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<Notification> {

	List<Notification> findTop200ByRecipientOrderByCreatedAtDescIdDesc(String recipient);

	long countByRecipientAndReadAtIsNull(String recipient);

	List<Notification> findByRecipientOrderByIdAsc(String recipient);
}
