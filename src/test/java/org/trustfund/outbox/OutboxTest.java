package org.trustfund.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.donors.ContributionReceived;
import org.trustfund.notifications.NotificationService.Message;
import org.trustfund.notifications.NotificationService;
import org.trustfund.notifications.Text;
import org.trustfund.proposals.Fixtures;
import org.trustfund.reserve.ReserveFixtures;
import org.trustfund.reserve.ReserveListProcess;
import org.trustfund.reserve.ReserveListService;
import org.trustfund.shared.Money;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * The outbox: messages owed to waiting processes are retried until delivered (Retry), a crash between an effect
 * and its record loses nothing and repeats nothing (Crash), e-mail goes out through a real SMTP server (Mail) in
 * its reader's language (ReadersLanguage).
 * <p>
 * Their shared application: a real SMTP server (GreenMail, one per test JVM, on a free port), the engine's
 * {@link RuntimeService} and the {@link JavaMailSender} as spies so that a test can make deliveries fail, and three
 * attempts before a delivery is undeliverable. Time passing is simulated by making a delivery due. The four groups
 * are nested classes of this one so that their application, a Spring context of its own, starts once in a build
 * (as four classes, each of the build's test JVMs started it again).
 */
@IntegrationTest
// Spies make this a context of its own. Camunda keeps engines in a static registry by name, and its webapps
// and REST API look "default" up there: this context's engine gets a name of its own so that it does not
// take the place of the main test context's engine.
@TestPropertySource(properties = { "trustfund.outbox.max-attempts=3",
		"camunda.bpm.generate-unique-process-engine-name=true" })
class OutboxTest {

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

	/** A message owed to waiting processes is retried with back-off until it is delivered, or shown to administrators. */
	@Nested
	class Retry {

		static final String LISTENER = "donors.contribution-received";

		@Autowired RepositoryService repository;
		@Autowired Fixtures fixtures;
		@Autowired OutboxSettings settings;
		@Autowired MockMvc mvc;

		Deployment deployment;

		@BeforeEach
		void deployAProcessWaitingForMoney() {
			deployment = repository.createDeployment().addModelInstance("waitsForMoneyToo.bpmn",
					Bpmn.createExecutableProcess("waitsForMoneyToo").camundaHistoryTimeToLive(1).startEvent()
						.intermediateCatchEvent().message(ContributionReceived.MESSAGE).endEvent().done())
				.deploy();
		}

		@AfterEach
		void undeploy() {
			repository.deleteDeployment(deployment.getId(), true);
		}

		@Test
		void aFailedDeliveryIsRetriedWithGrowingPausesUntilItSucceeds() {
			ProcessInstance waiting = runtime.startProcessInstanceByKey("waitsForMoneyToo");
			doThrow(new ProcessEngineException("engine unavailable")).doThrow(new ProcessEngineException("still down"))
				.doCallRealMethod().when(runtime).createMessageCorrelation(ContributionReceived.MESSAGE);

			fixtures.payIntoFund("10.00"); // committed; its delivery after commit fails

			assertThat(isRunning(waiting)).isTrue();
			OwedDelivery first = owedTo(LISTENER).get(0);
			assertThat(first.attempts()).isEqualTo(1);
			assertThat(first.lastError()).contains("engine unavailable");
			assertThat(Duration.between(first.lastFailedAt(), first.nextAttemptAt())).isEqualTo(settings.firstRetryAfter());
			outbox.resubmitDue();
			assertThat(owedTo(LISTENER).get(0).attempts()).as("the back-off is not over: not retried").isEqualTo(1);

			makeDue(first.id());
			outbox.resubmitDue();
			OwedDelivery second = owedTo(LISTENER).get(0);
			assertThat(second.attempts()).isEqualTo(2);
			assertThat(second.lastError()).contains("still down");
			assertThat(Duration.between(second.lastFailedAt(), second.nextAttemptAt()))
				.isEqualTo(settings.firstRetryAfter().multipliedBy(2));

			makeDue(first.id());
			outbox.resubmitDue();

			assertThat(isRunning(waiting)).as("the message reached the process").isFalse();
			assertThat(owedTo(LISTENER)).isEmpty();
		}

		@Test
		void anUndeliverableMessageIsListedForAdministratorsWhoRetryIt() throws Exception {
			ProcessInstance waiting = runtime.startProcessInstanceByKey("waitsForMoneyToo");
			doThrow(new ProcessEngineException("no engine")).when(runtime)
				.createMessageCorrelation(ContributionReceived.MESSAGE);
			fixtures.payIntoFund("11.00");
			UUID id = owedTo(LISTENER).get(0).id();
			for (int i = 1; i < settings.maxAttempts(); i++) {
				makeDue(id);
				outbox.resubmitDue();
			}
			makeDue(id);
			outbox.resubmitDue();
			assertThat(owedTo(LISTENER)).as("undeliverable: no more automatic retries").singleElement().satisfies(o -> {
				assertThat(o.attempts()).isEqualTo(settings.maxAttempts());
				assertThat(o.undeliverable()).isTrue();
				assertThat(o.nextAttemptAt()).as("never retried by itself").isNull();
			});
			// a node's start delivers what is owed, but not what is undeliverable
			doCallRealMethod().when(runtime).createMessageCorrelation(ContributionReceived.MESSAGE);
			outbox.resubmitOnStart();
			assertThat(owedTo(LISTENER)).as("still undeliverable after a start").singleElement()
				.satisfies(o -> assertThat(o.attempts()).isEqualTo(settings.maxAttempts()));
			assertThat(isRunning(waiting)).isTrue();
			doThrow(new ProcessEngineException("no engine")).when(runtime)
				.createMessageCorrelation(ContributionReceived.MESSAGE);
			String admin = fixtures.user(Role.ADMIN);
			mvc.perform(get("/api/admin/outbox?undeliverable=true").with(httpBasic(admin, Fixtures.PASSWORD)))
				.andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id.toString()))
				.andExpect(jsonPath("$[0].eventType").value("ContributionReceived"))
				.andExpect(jsonPath("$[0].lastError").value(org.hamcrest.Matchers.containsString("no engine")));
			mvc.perform(get("/admin/outbox").with(httpBasic(admin, Fixtures.PASSWORD))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("no engine")));
			mvc.perform(get("/api/admin/outbox").with(httpBasic(fixtures.user(Role.FUND_MANAGER), Fixtures.PASSWORD)))
				.andExpect(status().isForbidden());

			doCallRealMethod().when(runtime).createMessageCorrelation(ContributionReceived.MESSAGE);
			mvc.perform(post("/api/admin/outbox/" + id + "/retry").with(httpBasic(admin, Fixtures.PASSWORD)).with(csrf()))
				.andExpect(status().isNoContent());

			assertThat(isRunning(waiting)).isFalse();
			assertThat(owedTo(LISTENER)).isEmpty();
			mvc.perform(post("/api/admin/outbox/" + id + "/retry").with(httpBasic(admin, Fixtures.PASSWORD)).with(csrf()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/api/admin/outbox/not-an-id/retry").with(httpBasic(admin, Fixtures.PASSWORD)).with(csrf()))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.id").exists());
		}

		@Test
		void anAdministratorsRetryThatFailsAgainShowsTheNewError() throws Exception {
			doThrow(new ProcessEngineException("first")).doThrow(new ProcessEngineException("second")).when(runtime)
				.createMessageCorrelation(ContributionReceived.MESSAGE);
			fixtures.payIntoFund("12.00");
			UUID id = owedTo(LISTENER).get(0).id();

			mvc.perform(post("/api/admin/outbox/" + id + "/retry")
				.with(httpBasic(fixtures.user(Role.ADMIN), Fixtures.PASSWORD)).with(csrf()))
				.andExpect(status().isOk()).andExpect(jsonPath("$.attempts").value(1))
				.andExpect(jsonPath("$.lastError").value(org.hamcrest.Matchers.containsString("second")));
		}

		private boolean isRunning(ProcessInstance instance) {
			return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1;
		}
	}

	/**
	 * A contribution committed just before a crash: its message to the reserve lists was lost after the commit.
	 * The outbox still owes it, and delivering what is owed on restart wakes the waiting list, which offers.
	 */
	@Nested
	class Crash {

		static final String LISTENER = "donors.contribution-received";

		@Autowired ReserveFixtures reserve;
		@Autowired Fixtures fixtures;
		@Autowired ReserveListService lists;
		@Autowired OutboxRetry outbox;
		@Autowired RepositoryService repository;
		@Autowired TaskService tasks;

		private final List<Long> calls = new ArrayList<>();
		private String stub;

		@BeforeEach
		void aSittingBoardAStubSessionAndAnEmptyFund() {
			stub = repository.createDeployment().name("board-session-stub")
				.addClasspathResource("stubs/board-session-stub.bpmn").deploy().getId();
			reserve.drain();
			reserve.sittingBoard();
		}

		@AfterEach
		void endTheLists() {
			reserve.endProcesses(calls, runtime);
			repository.deleteDeployment(stub, true);
			ClockUtil.reset();
		}

		@Test
		void aContributionWhoseMessageWasLostInACrashWakesTheReserveListOnRestart() {
			ReserveFixtures.Setup s = reserve.call();
			calls.add(s.callId());
			long first = reserve.reserve(s, 1, "30000", 7);
			ProcessInstance list = instance(s);
			doThrow(new ProcessEngineException("the server went down")).doCallRealMethod().when(runtime)
				.createMessageCorrelation(ContributionReceived.MESSAGE);

			fixtures.payIntoFund("30000");
			reserve.runOffers();
			assertThat(waitsAt(list)).as("the message was lost").containsExactly(ReserveListProcess.WAIT_FOR_MONEY);
			assertThat(owedTo(LISTENER)).hasSize(1);

			// The restart: the outbox delivers everything still owed (OutboxStart runs this on every start).
			outbox.resubmitOnStart();
			reserve.runOffers();

			assertThat(waitsAt(list)).containsExactly(ReserveListProcess.BOARD_DECIDES);
			assertThat(lists.entries(s.callId())).singleElement()
				.satisfies(e -> assertThat(e.getLastOfferedIn()).isNotNull().isPositive());
			assertThat(lists.entries(s.callId()).get(0).getProposalId()).isEqualTo(first);
			assertThat(owedTo(LISTENER)).isEmpty();
		}

		@Test
		void deliveringTheSameContributionAgainOffersNothingTwice() {
			ReserveFixtures.Setup s = reserve.call();
			calls.add(s.callId());
			reserve.reserve(s, 1, "30000", 7);
			reserve.reserve(s, 2, "30000", 7);
			ProcessInstance list = instance(s);
			fixtures.payIntoFund("30000");
			reserve.runOffers();
			boardDecidesNothing(list);
			reserve.runOffers(); // the Board passed the first over; the second is offered on return
			boardDecidesNothing(list);
			reserve.runOffers();
			assertThat(waitsAt(list)).containsExactly(ReserveListProcess.WAIT_FOR_MONEY);
			long offers = offers(s);

			// A crash after the message reached the list but before its delivery was recorded as complete.
			forgetCompletion(LISTENER);
			assertThat(owedTo(LISTENER)).hasSize(1);
			outbox.resubmitDue();
			reserve.runOffers();

			assertThat(owedTo(LISTENER)).isEmpty();
			assertThat(waitsAt(list)).containsExactly(ReserveListProcess.WAIT_FOR_MONEY);
			assertThat(offers(s)).as("the same money offers the passed-over projects no second time").isEqualTo(offers);
		}

		/** The Board's stub session ends without approving anything. */
		private void boardDecidesNothing(ProcessInstance list) {
			ProcessInstance session = runtime.createProcessInstanceQuery().superProcessInstanceId(list.getId())
				.singleResult();
			tasks.complete(tasks.createTaskQuery().processInstanceId(session.getId()).singleResult().getId());
		}

		private long offers(ReserveFixtures.Setup s) {
			return lists.history(s.callId()).stream()
				.filter(e -> e.getKind() == org.trustfund.reserve.ReserveEvent.Kind.OFFERED).count();
		}

		private ProcessInstance instance(ReserveFixtures.Setup s) {
			return runtime.createProcessInstanceQuery().processDefinitionKey(ReserveListProcess.KEY)
				.processInstanceBusinessKey(Long.toString(s.callId())).singleResult();
		}

		private List<String> waitsAt(ProcessInstance list) {
			return runtime.getActiveActivityIds(list.getId());
		}
	}

	/** A notification's e-mail reaches a real SMTP server (GreenMail) once, whether its delivery fails or repeats. */
	@Nested
	class Mail {

		static final String LISTENER = "notifications.mail";

		@Autowired NotificationService notifications;
		@Autowired Fixtures fixtures;

		@Test
		void anEMailThatFailedIsSentOnRetryAndOnlyOnce() throws Exception {
			String user = fixtures.user(Role.FUND_MANAGER);
			doThrow(new MailSendException("SMTP server unreachable")).doCallRealMethod().when(mail)
				.send(any(SimpleMailMessage.class));

			notifications.notifyUser(user, "Offer decided " + user, "The Board decided.", "/reserve");

			assertThat(received(user)).isEmpty();
			OwedDelivery owed = owedTo(LISTENER).get(0);
			assertThat(owed.lastError()).contains("SMTP server unreachable");
			assertThat(emailedAt(user)).isNull();

			makeDue(owed.id());
			outbox.resubmitDue();
			SMTP.waitForIncomingEmail(5000, 1);

			assertThat(received(user)).singleElement()
				.satisfies(m -> assertThat(m.getSubject()).isEqualTo("Offer decided " + user));
			assertThat(emailedAt(user)).isNotNull();
			assertThat(owedTo(LISTENER)).isEmpty();
		}

		@Test
		void anEMailDeliveredAgainAfterACrashIsNotSentTwice() throws Exception {
			String user = fixtures.user(Role.FUND_MANAGER);
			notifications.notifyUser(user, "Grant ready " + user, "Please accept.", null);
			SMTP.waitForIncomingEmail(5000, 1);
			assertThat(received(user)).hasSize(1);

			forgetCompletion(LISTENER); // sent, but the crash came before the delivery was recorded as complete
			assertThat(owedTo(LISTENER)).hasSize(1);
			outbox.resubmitDue();

			assertThat(owedTo(LISTENER)).isEmpty();
			assertThat(received(user)).as("one e-mail for one notification").hasSize(1);
		}

		private java.util.List<MimeMessage> received(String user) {
			return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
				try {
					return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().startsWith(user + "@"));
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			}).toList();
		}

		private java.time.Instant emailedAt(String user) {
			return notifications.outbox(user).stream().findFirst().orElseThrow().getEmailedAt();
		}
	}

	/**
	 * One message, two readers: the fund manager who reads the app in English gets the e-mail and sees the message
	 * in English, the one who switched the app to Arabic gets both in Arabic, with the dates, the amount and the
	 * user's own words (the project's title, isolated) written for that reader (issue 16 item 7).
	 */
	@Nested
	class ReadersLanguage {

		@Autowired NotificationService notifications;
		@Autowired UserService users;
		@Autowired MockMvc mvc;

		@Test
		void theSameMessageReachesEachReaderInTheirLanguage() throws Exception {
			String english = TestData.unique("en_fm");
			String arabic = TestData.unique("ar_fm");
			TestData.staff(users, english, Role.FUND_MANAGER);
			TestData.staff(users, arabic, Role.FUND_MANAGER);
			// The Arabic reader switches the app's language while logged in: the account remembers it.
			mvc.perform(get("/messages").param("lang", "ar").with(httpBasic(arabic, TestData.PASSWORD)))
				.andExpect(status().isOk());
			assertThat(users.get(arabic).getPreferredLanguage()).isEqualTo("ar");

			Text subject = Text.of("notice.grant.ready");
			Text body = Text.of("notice.grant.ready.body", "G-2026-0007", Money.of(12500), "Clean water for Tak",
					LocalDate.of(2026, 12, 1));
			notifications.notifyUser(english, subject, body, "/grants/7");
			notifications.notifyUser(arabic, subject, body, "/grants/7");
			SMTP.waitForIncomingEmail(10000, 2);

			MimeMessage toEnglish = received(english).get(0);
			assertThat(toEnglish.getSubject()).isEqualTo("Your grant agreement is ready");
			assertThat(toEnglish.getContent().toString())
				.contains("Grant G-2026-0007 of USD 12,500.00 for \"Clean water for Tak\"")
				.contains("by 1 December 2026.").contains("/grants/7");

			MimeMessage toArabic = received(arabic).get(0);
			assertThat(toArabic.getSubject()).isEqualTo("اتفاقية منحتكم جاهزة");
			assertThat(toArabic.getContent().toString()).contains("بمبلغ 12,500.00 دولار أمريكي")
				.contains("\u2068Clean water for Tak\u2069").contains("1 ديسمبر 2026").doesNotContain("USD")
				.contains("/grants/7");

			Message seenInEnglish = notifications.inLanguage(notifications.outbox(english).get(0), Locale.ENGLISH);
			Message seenInArabic = notifications.inLanguage(notifications.outbox(arabic).get(0),
					Locale.forLanguageTag("ar"));
			assertThat(seenInEnglish.subject()).isEqualTo("Your grant agreement is ready");
			assertThat(seenInArabic.subject()).isEqualTo("اتفاقية منحتكم جاهزة");
			assertThat(seenInArabic.body()).contains("1 ديسمبر 2026").doesNotContain("December");

			String page = mvc.perform(get("/messages").with(httpBasic(arabic, TestData.PASSWORD))
				.cookie(new jakarta.servlet.http.Cookie("tf-lang", "ar"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(page).contains("اتفاقية منحتكم جاهزة").doesNotContain("Your grant agreement is ready");
		}

		/** A message written before messages kept their key is still shown, as it was written. */
		@Test
		void anOlderMessageWithoutAKeyIsShownAsWritten() {
			String user = TestData.unique("old_fm");
			TestData.staff(users, user, Role.FUND_MANAGER);
			notifications.notifyUser(user, "Offer decided", "The Board decided.", null);
			Message seen = notifications.inLanguage(notifications.outbox(user).get(0), Locale.forLanguageTag("ar"));
			assertThat(seen.subject()).isEqualTo("Offer decided");
			assertThat(seen.body()).isEqualTo("The Board decided.");
		}

		private List<MimeMessage> received(String user) {
			return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
				try {
					return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().startsWith(user + "@"));
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			}).toList();
		}
	}
}
