package org.trustfund.outbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.trustfund.IntegrationTest;

/**
 * The outbox tests' shared application: a real SMTP server (GreenMail, one per test JVM, on a free port), the
 * engine's {@link RuntimeService} and the {@link JavaMailSender} as spies so that a test can make deliveries fail,
 * and three attempts before a delivery is undeliverable. Time passing is simulated by making a delivery due.
 */
@IntegrationTest
// Spies make this a context of its own. Camunda keeps engines in a static registry by name, and its webapps
// and REST API look "default" up there: this context's engine gets a name of its own so that it does not
// take the place of the server test context's engine.
@TestPropertySource(properties = { "trustfund.outbox.max-attempts=3",
		"camunda.bpm.generate-unique-process-engine-name=true" })
abstract class OutboxTestSupport {

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@MockitoSpyBean
	RuntimeService runtime;
	@MockitoSpyBean
	JavaMailSender mail;
	@Autowired
	OutboxRetry outbox;
	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void deliverWhatIsOwedAndForgetTheSpies() throws Exception {
		Mockito.reset(runtime, mail);
		jdbc.update("update outbox_delivery set attempts = 0, next_attempt_at = ?", Timestamp.from(Instant.EPOCH));
		outbox.resubmitDue();
		SMTP.purgeEmailFromAllMailboxes();
	}

	/** The owed deliveries to this listener. */
	List<OwedDelivery> owedTo(String listener) {
		return outbox.owed().stream().filter(o -> o.listener().equals(listener)).toList();
	}

	/**
	 * Time passes: the delivery's back-off is over, and so are the two retry runs in which a node leaves a delivery
	 * that failed on it to the other nodes (this test context is a single node).
	 */
	void makeDue(UUID id) {
		jdbc.update("update outbox_delivery set next_attempt_at = ? where publication_id = ?",
				Timestamp.from(Instant.now().minus(java.time.Duration.ofHours(1))), id);
	}

	/**
	 * A crash after the delivery had its effect but before its completion was recorded: the publication is owed
	 * again, and due.
	 */
	UUID forgetCompletion(String listener) {
		UUID id = jdbc.queryForObject("""
				select id from event_publication where listener_id = ? order by publication_date desc, id
				fetch first 1 rows only""", UUID.class, listener);
		jdbc.update("update event_publication set completion_date = null, publication_date = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(3600)), id);
		jdbc.update("delete from outbox_delivery where publication_id = ?", id);
		return id;
	}
}
