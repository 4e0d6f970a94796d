package org.trustfund.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.trustfund.board.BoardService;
import org.trustfund.board.BoardTerm;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.SignUp;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskListService;
import org.trustfund.files.Upload;
import org.trustfund.setup.StartupStep;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Demo users (password "demo") and two NGOs, created once under the {@code demo} profile only. The
 * first NGO is verified; the second waits for the fund manager's verification. A {@link StartupStep}: written
 * under the start-up lock, so two nodes starting together write them once.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements StartupStep {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);
	static final String PASSWORD = "demo";

	private final Clock clock;
	private final UserService users;
	private final OrganisationService organisations;
	private final TaskService tasks;
	private final BoardService board;
	private final String baseUrl;
	private final TaskListService taskList;
	private final UserDetailsService userDetails;

	DemoData(UserService users, OrganisationService organisations, TaskService tasks, BoardService board,
			@Value("${trustfund.base-url}") String baseUrl, TaskListService taskList, UserDetailsService userDetails,
			Clock clock) {
		this.clock = clock;
		this.taskList = taskList;
		this.userDetails = userDetails;
		this.board = board;
		this.users = users;
		this.organisations = organisations;
		this.tasks = tasks;
		this.baseUrl = baseUrl;
	}

	@Override
	public void run() {
		if (users.find("admin").isEmpty()) {
			create();
		}
	}

	/** After the start-up data are committed (readiness is then accepting traffic): where to log in. */
	@EventListener(ApplicationReadyEvent.class)
	public void announce() {
		log.info("""

				==============================================================
				 Trust Fund Grants is running: {}/
				 Demo users (password "demo"): admin, fundmanager, reviewer1,
				 reviewer2, trustee1 (chair) .. trustee5, ngo1 .. ngo4
				 Camunda webapps: {}/camunda/app/  (log in first)
				==============================================================""", baseUrl, baseUrl);
	}

	private void create() {
		user("admin", "Ada Admin", EnumSet.of(Role.ADMIN), null);
		user("fundmanager", "Farah Manager", EnumSet.of(Role.FUND_MANAGER), null);
		user("reviewer1", "Rosa Reviewer", EnumSet.of(Role.REVIEWER), null);
		user("reviewer2", "Raj Reviewer", EnumSet.of(Role.REVIEWER), null);
		user("trustee1", "Benita Chair", EnumSet.of(Role.TRUSTEE, Role.BOARD_CHAIR), null);
		for (int i = 2; i <= 5; i++) {
			user("trustee" + i, "Trustee " + i, EnumSet.of(Role.TRUSTEE), null);
		}
		Organisation first = organisations.signUp(signUp("Safe Haven Women's Shelter", "TH", "TH-2009-114", "ngo1"),
				sampleDocument());
		// Verified through its onboarding process, as the fund manager would.
		Task verify = tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY).processInstanceBusinessKey(first.getId().toString()).singleResult();
		taskList.complete(verify.getId(), new HashMap<>(Map.of(OnboardingProcess.DECISION, OnboardingProcess.APPROVE)),
				(AppUser) userDetails.loadUserByUsername("fundmanager"));
		organisations.signUp(signUp("Children First Legal Aid", "NG", "RC-554120", "ngo2"), sampleDocument());
		createBoard();
	}

	/** The Board sitting now, with the 2016 Board's countries (DOMAIN.md); trustee1 chairs it. */
	private void createBoard() {
		int year = LocalDate.now(clock).getYear();
		BoardTerm term = board.recordTerm("Board " + (year - 1) + "-" + (year + 1), LocalDate.of(year - 1, 1, 1),
				LocalDate.of(year + 1, 12, 31), 5, "admin");
		String[] countries = { "AT", "TH", "NG", "GE", "PA" };
		for (int i = 1; i <= 5; i++) {
			board.appoint(term.getId(), "trustee" + i, countries[i - 1], i == 1, "admin");
		}
	}

	private void user(String username, String name, Set<Role> roles, Long organisationId) {
		users.create(username, name, username + "@trustfund.example", PASSWORD, roles, organisationId);
	}

	private static SignUp signUp(String name, String country, String registration, String username) {
		return new SignUp(name, country, registration, "1 Example Road", name + " contact", username + "@ngo.example",
				"+1 555 0100", name, "Example Bank", "GB29NWBK60161331926819", "NWBKGB2L", username, PASSWORD);
	}

	private static Upload sampleDocument() {
		return Upload.of("registration.pdf", "application/pdf",
				"%PDF-1.4\n% demo registration certificate\n%%EOF\n".getBytes());
	}
}
