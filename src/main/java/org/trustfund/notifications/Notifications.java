package org.trustfund.notifications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Notifications extends JpaRepository<Notification, Long> {

	List<Notification> findTop200ByRecipientOrderByCreatedAtDescIdDesc(String recipient);

	long countByRecipientAndReadAtIsNull(String recipient);

	List<Notification> findByRecipientOrderByIdAsc(String recipient);
}
