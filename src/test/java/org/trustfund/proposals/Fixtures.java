package org.trustfund.proposals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallForm;
import org.trustfund.calls.CallService;
import org.trustfund.calls.TargetGroup;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.files.Upload;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.SignUp;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserAccounts;
import org.trustfund.users.UserService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import java.time.Instant;

/** Test data made through the application's own services, with names unique across the shared database. */
@Component
public class Fixtures {

	private static final AtomicInteger SEQ = new AtomicInteger();
	public static final String PASSWORD = "password1";
	private static final String CHEAP_HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

	private final CallService calls;
	private final ProposalService proposals;
	private final OrganisationService organisations;
	private final UserService users;
	private final RuntimeService runtime;
	private final JdbcTemplate jdbc;
	private final UserAccounts accounts;
	private final DonorService donors;
	private final ContributionService contributions;
	/** The application's one clock: fixtures date things where the engine's time stands (tests move it). */
	private static final java.time.Clock clock = new org.trustfund.processes.FundClock();

	Fixtures(CallService calls, ProposalService proposals, OrganisationService organisations, UserService users,
			RuntimeService runtime, JdbcTemplate jdbc, UserAccounts accounts, DonorService donors,
			ContributionService contributions) {
		this.accounts = accounts;
		this.donors = donors;
		this.contributions = contributions;
		this.calls = calls;
		this.proposals = proposals;
		this.organisations = organisations;
		this.users = users;
		this.runtime = runtime;
		this.jdbc = jdbc;
	}

	public static String unique(String prefix) {
		return prefix + SEQ.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100000, 36);
	}

	public static CallForm callForm() {
		LocalDateTime deadline = LocalDateTime.now(clock).plusDays(30).withNano(0);
		return new CallForm("Call " + SEQ.incrementAndGet(), "Direct assistance to victims", LocalDate.now(clock).minusDays(1),
				deadline, "Europe/Vienna", Set.of("TH", "AFRICA"), EnumSet.of(TargetGroup.WOMEN, TargetGroup.GIRLS),
				EnumSet.of(AssistanceService.BASIC_SHELTER, AssistanceService.LEGAL_ADVICE), new BigDecimal("60000.00"), 36,
				new BigDecimal("150000.00"), List.of("Relevance", "Capacity", "Budget"), 60,
				deadline.toLocalDate().plusMonths(12));
	}

	public static ProposalForm proposalForm(String country, String amount) {
		BigDecimal total = new BigDecimal(amount);
		BigDecimal staff = total.divide(BigDecimal.valueOf(2));
		return new ProposalForm("Shelter for survivors " + SEQ.incrementAndGet(), country,
				EnumSet.of(TargetGroup.WOMEN), EnumSet.of(AssistanceService.BASIC_SHELTER), 120, total, 24,
				"We run a shelter.", "Amina Contact", "amina@ngo.example",
				List.of(new ProposalForm.Line(BudgetCategory.STAFF, "Two social workers", staff),
						new ProposalForm.Line(BudgetCategory.SHELTER, "Rent", total.subtract(staff))));
	}

	/** A published call, open from yesterday for thirty days. */
	public Call openCall() {
		Call call = calls.draft(callForm(), "fundmanager");
		return calls.publish(call.getId(), "fundmanager");
	}

	/** A verified organisation with one member; returns the member's username and the organisation. */
	public Ngo verifiedNgo(String country) {
		Ngo ngo = ngo(country);
		organisations.approve(ngo.organisationId(), "fundmanager");
		return ngo;
	}

	public Ngo ngo(String country) {
		String username = unique("ngo");
		Organisation org = organisations.signUp(new SignUp("NGO " + username, country, unique("REG"), "1 Road",
				"Contact " + username, username + "@ngo.example", "", "Holder", "Bank", "ACC1", "", username, PASSWORD),
				Upload.of("registration.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
		return new Ngo(username, org.getId());
	}

	/** A user with one role; the password hash is cheap (BCrypt cost 4) so that tests stay fast. */
	public String user(Role role) {
		String username = unique(role.groupId());
		accounts.save(new UserAccount(username, "Test " + username, username + "@trustfund.example", CHEAP_HASH,
				EnumSet.of(role), null, clock.instant()));
		return username;
	}

	public Proposal submitted(long callId, Ngo ngo) {
		Proposal p = proposals.draft(callId, ngo.organisationId(), proposalForm("TH", "50000.00"), ngo.username());
		attachWorkPlan(proposals, p.getId(), ngo.username());
		return proposals.submit(p.getId(), ngo.username());
	}

	/** Attaches a small PDF work plan to draft {@code proposalId}: submission needs a document (issue 16 item 3). */
	public static void attachWorkPlan(ProposalService proposals, long proposalId, String username) {
		proposals.attach(proposalId, org.trustfund.files.Upload.of("workplan.pdf", "application/pdf",
				"%PDF-1.4\n% work plan\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), username);
	}

	public ProcessInstance reviewOf(long proposalId) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY)
			.processInstanceBusinessKey(Long.toString(proposalId)).singleResult();
	}

	/** Money paid into the fund through the real contribution path, so that the ledger's balance grows. */
	public void payIntoFund(String usd) {
		Donor donor = donors.create(new DonorForm("Test donor " + unique("d"), DonorKind.FOUNDATION, "", false, "", "",
				""), "test");
		contributions.record(new ContributionForm(donor.getId(), null, LocalDate.now(clock), new BigDecimal(usd), "USD",
				new BigDecimal(usd), unique("BANK-"), false, null), "test");
	}

	/** Gives a user the cheap test hash of {@link #PASSWORD}, so that HTTP Basic logins cost little CPU. */
	public void cheapPassword(String username) {
		accounts.findById(username).ifPresent(a -> {
			a.changePasswordHash(CHEAP_HASH);
			accounts.save(a);
		});
	}

	public String callInstance(long callId) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(org.trustfund.calls.CallProcess.KEY)
			.processInstanceBusinessKey(Long.toString(callId)).singleResult().getId();
	}

	/** Moves a call's deadline (tests only), e.g. into the past to try a late submission. */
	public void moveDeadline(long callId, java.time.Instant deadline) {
		jdbc.update("update call_for_proposals set deadline_at = ? where id = ?",
				java.sql.Timestamp.from(deadline), callId);
	}

	public record Ngo(String username, long organisationId) {
	}
}
