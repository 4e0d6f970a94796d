package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.trustfund.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/**
 * A grant opened by a Board award: its money (amount committed, disbursed, released, refunded), its
 * tranches and reports. Money moves only through the methods here, which keep disbursed + released within
 * the amount; refunds stay within what was paid by the ledger's rule ({@code LedgerRules.refund}, against the
 * ledger's position of the grant), which these totals mirror.
 */
@Entity
@Table(name = "fund_grant")
@NamedInterface("api")
public class Grant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private Long proposalId;
	private Long callId;
	private Long organisationId;
	private String grantRef;
	private String title;
	private String country;
	private Money amount;
	private Money disbursed = Money.ZERO;
	private Money released = Money.ZERO;
	private Money refunded = Money.ZERO;
	private int durationMonths;
	private LocalDate startsOn;
	private LocalDate endsOn;
	private int awardYear;
	private LocalDate awardedOn;
	private LocalDate acceptBy;
	@Enumerated(EnumType.STRING)
	private GrantStatus status;
	private int agreementVersion;
	private Long sessionId;
	private Instant createdAt;
	private LocalDate closedOn;
	/** The history import that recorded this past grant (no proposal nor Board session here), or null. */
	private Long importId;
	@Version
	private long lockVersion;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "grant_id", nullable = false)
	@OrderBy("number")
	private List<Tranche> tranches = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "grant_id", nullable = false)
	@OrderBy("number")
	private List<GrantReport> reports = new ArrayList<>();

	protected Grant() {
	}

	Grant(GrantTerms terms, Instant now) {
		this.proposalId = terms.proposalId();
		this.callId = terms.callId();
		this.organisationId = terms.organisationId();
		this.grantRef = terms.grantRef();
		this.title = terms.title();
		this.country = terms.country();
		this.amount = Money.of(terms.amount());
		this.durationMonths = terms.durationMonths();
		this.startsOn = terms.startsOn();
		this.endsOn = terms.endsOn();
		this.awardYear = terms.decidedOn().getYear();
		this.awardedOn = terms.decidedOn();
		this.acceptBy = terms.acceptBy();
		this.sessionId = terms.sessionId();
		this.status = GrantStatus.OFFERED;
		this.agreementVersion = 1;
		this.createdAt = now;
		terms.tranches().forEach(t -> tranches.add(new Tranche(t.number(), Money.of(t.amount()), t.plannedOn(), t.afterReport())));
		terms.reports().forEach(r -> reports.add(new GrantReport(r.number(), r.finalReport(), r.dueOn())));
	}

	/**
	 * A grant awarded before the fund adopted the system: already accepted (ACTIVE) or CLOSED on
	 * {@code past.closedOn()}; its tranches, refunds and accepted reports follow through the methods below.
	 */
	static Grant imported(PastGrant past, long importId, Instant now) {
		Grant g = new Grant();
		g.callId = past.callId();
		g.organisationId = past.organisationId();
		g.grantRef = past.reference();
		g.title = past.title();
		g.country = past.country();
		g.amount = Money.of(past.amount());
		g.durationMonths = past.durationMonths();
		g.startsOn = past.awardedOn();
		g.endsOn = past.awardedOn().plusMonths(past.durationMonths()).minusDays(1);
		g.awardYear = past.awardedOn().getYear();
		g.awardedOn = past.awardedOn();
		g.acceptBy = past.awardedOn();
		g.status = past.closedOn() == null ? GrantStatus.ACTIVE : GrantStatus.CLOSED;
		g.closedOn = past.closedOn();
		g.agreementVersion = 1;
		g.createdAt = now;
		g.importId = importId;
		return g;
	}

	/**
	 * An imported tranche, paid or not (then {@code paid} and {@code paidOn} are null). Tranche k after the first
	 * waits for report k - 1, as in agreements made here. The ledger is told by the caller.
	 * @throws ConflictException when the tranche would take more than the award, or its payment more than it
	 */
	Tranche importTranche(int number, Money trancheAmount, LocalDate plannedOn, Money paid,
			LocalDate paidOn, String importRef) {
		BigDecimal planned = tranches.stream().map(t -> t.getAmount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (planned.add(trancheAmount.amount()).compareTo(amount.amount()) > 0 || paid != null && paid.isGreaterThan(trancheAmount)) {
			throw ConflictException.keyed("conflict.tranche.exceedsAward", "Tranche " + number + " of " + grantRef
					+ " exceeds the award", String.valueOf(number), grantRef);
		}
		Tranche t = new Tranche(number, trancheAmount, plannedOn, number == 1 ? null : number - 1, importRef);
		tranches.add(t);
		if (paid != null) {
			t.paid(paid, paidOn);
			disbursed = disbursed.plus(paid);
		}
		return t;
	}

	/** An imported report accepted before the system, with its figures; the last tranche's report is the final one. */
	GrantReport importReport(int number, LocalDate dueOn, ReportFigures figures, String importRef, String actor,
			Instant now) {
		GrantReport r = GrantReport.acceptedBeforeTheSystem(number, number == tranches.size(), dueOn, figures,
				importRef, actor, now);
		reports.add(r);
		return r;
	}

	/**
	 * Completes an imported active grant's reporting schedule as agreements made here have it: before each later
	 * tranche a progress report due {@code reportLead} before the tranche's planned date, and a final report
	 * {@code finalReportAfter} the end. Reports imported as accepted keep their dates.
	 */
	void scheduleImportedReports(GrantSettings settings) {
		int last = Math.max(1, tranches.size());
		for (int k = 1; k <= last; k++) {
			int number = k;
			if (reports.stream().anyMatch(r -> r.getNumber() == number)) {
				continue;
			}
			LocalDate due = k < last ? tranches.get(k).getPlannedOn().minus(settings.reportLead())
					: endsOn.plus(settings.finalReportAfter());
			reports.add(new GrantReport(k, k == last, due));
		}
		reports.sort(java.util.Comparator.comparingInt(GrantReport::getNumber));
	}

	/** An imported closed grant: what was committed and never paid returns to the fund on its closing day. */
	Money releaseImportedRest() {
		requireStatus(GrantStatus.CLOSED, ValidationException.Keyed.word("action.grant.release", "released"));
		return releaseRest();
	}

	void accept() {
		requireStatus(GrantStatus.OFFERED, ValidationException.Keyed.word("action.grant.accept", "accepted"));
		status = GrantStatus.ACTIVE;
	}

	/** Declined or lapsed: returns the whole commitment to release. */
	Money endUnaccepted(GrantStatus outcome, LocalDate today) {
		requireStatus(GrantStatus.OFFERED, ValidationException.Keyed.word("action.grant.decline", "declined"));
		status = outcome;
		closedOn = today;
		return releaseRest();
	}

	/** Final report accepted: returns what was committed and never paid, to release. */
	Money close(LocalDate today) {
		requireStatus(GrantStatus.ACTIVE, ValidationException.Keyed.word("action.grant.close", "closed"));
		status = GrantStatus.CLOSED;
		closedOn = today;
		return releaseRest();
	}

	/** Whether the next tranche may be paid now: the grant is active and its report (if any) is accepted. */
	Tranche checkPayable() {
		if (status != GrantStatus.ACTIVE) {
			throw ConflictException.keyed("conflict.grant.noPayment", "Grant " + grantRef + " is " + status
					+ ": no tranche can be paid", grantRef, ValidationException.Keyed.state("grants.status.", status));
		}
		Tranche next = nextTranche().orElseThrow(() -> ConflictException.keyed("conflict.grant.allPaid",
				"Every tranche of " + grantRef + " is paid", grantRef));
		if (next.getAfterReport() != null && report(next.getAfterReport()).getStatus() != ReportStatus.ACCEPTED) {
			throw ConflictException.keyed("conflict.tranche.waitsForReport", "Tranche " + next.getNumber()
					+ " waits for the acceptance of report " + next.getAfterReport(), String.valueOf(next.getNumber()),
					String.valueOf(next.getAfterReport()));
		}
		return next;
	}

	/**
	 * Checks a payment of the next tranche against the agreement and records it; the ledger is told by the caller.
	 * @throws ValidationException ({@code paidOn}) when the payment is dated before the award
	 */
	Tranche pay(Money paid, LocalDate on) {
		Tranche next = checkPayable();
		requireNotBeforeAward("paidOn", on, "A payment");
		if (paid.isGreaterThan(remaining())) {
			throw ValidationException.keyed("amount", "error.payment.aboveRemaining", Money.CURRENCY + " " + paid
					+ " is more than the " + Money.CURRENCY + " " + remaining() + " that remains on the grant",
					paid.toString(), remaining().toString());
		}
		if (paid.isGreaterThan(next.getAmount())) {
			throw ValidationException.keyed("amount", "error.payment.aboveTranche", Money.CURRENCY + " " + paid
					+ " is more than tranche " + next.getNumber() + " (" + Money.CURRENCY + " " + next.getAmount() + ")",
					paid.toString(), String.valueOf(next.getNumber()), String.valueOf(next.getAmount()));
		}
		next.paid(paid, on);
		disbursed = disbursed.plus(paid);
		return next;
	}

	/**
	 * Records a refund on the grant, in the transaction that books it in the ledger. Whether the amount may be
	 * refunded (no more than what was paid and not yet refunded) is the ledger's rule, checked against the
	 * ledger's own position of the grant when the caller books it ({@code FundLedger#refund}); this total
	 * mirrors it, which {@code GrantLedgerInvariantsTest} checks.
	 * @param returned USD, scale 2, positive
	 * @throws ValidationException ({@code receivedOn}) when the refund is dated before the award
	 */
	void refund(Money returned, LocalDate receivedOn) {
		requireNotBeforeAward("receivedOn", receivedOn, "A refund");
		refunded = refunded.plus(returned);
	}

	private void requireNotBeforeAward(String field, LocalDate date, String what) {
		if (awardedOn != null && date.isBefore(awardedOn)) {
			throw ValidationException.keyed(field, "paidOn".equals(field) ? "error.payment.beforeAward"
					: "error.refund.beforeAward", what + " cannot be dated before the award of grant " + grantRef + " on "
					+ awardedOn, grantRef, awardedOn.toString());
		}
	}

	/** The longest no-cost extension, in months (see {@link #extend}). */
	public static final int MAX_EXTENSION_MONTHS = 24;

	/** @throws ValidationException ({@code newEndsOn}) unless {@code newEnd} is after the end, by 24 months at most */
	public void checkExtension(LocalDate newEnd) {
		if (newEnd == null || !newEnd.isAfter(endsOn)) {
			throw ValidationException.keyed("newEndsOn", "error.extension.notLater", "A no-cost extension must end after " + endsOn,
					endsOn.toString());
		}
		if (newEnd.isAfter(endsOn.plusMonths(MAX_EXTENSION_MONTHS))) {
			throw ValidationException.keyed("newEndsOn", "error.extension.tooLong", "A no-cost extension moves the end by "
					+ MAX_EXTENSION_MONTHS + " months at most, to " + endsOn.plusMonths(MAX_EXTENSION_MONTHS)
					+ "; a longer project is a new grant", String.valueOf(MAX_EXTENSION_MONTHS),
					endsOn.plusMonths(MAX_EXTENSION_MONTHS).toString());
		}
	}

	/**
	 * A no-cost extension moves the end date, and the reports and tranches with it, by at most
	 * {@value #MAX_EXTENSION_MONTHS} months: a project that needs longer is a new grant for the Board (a decision
	 * written in the README, "Grants and disbursements"; it also keeps every moved date within the years a date
	 * may have).
	 * @param today the fund's today (UTC), for the overdue flags of the reports that move
	 * @throws ValidationException ({@code newEndsOn}) when the new end is not after the current one or too far
	 */
	void extend(LocalDate newEnd, LocalDate today) {
		requireStatus(GrantStatus.ACTIVE, ValidationException.Keyed.word("action.grant.extend", "extended"));
		checkExtension(newEnd);
		long days = ChronoUnit.DAYS.between(endsOn, newEnd);
		endsOn = newEnd;
		tranches.forEach(t -> t.shift(days));
		reports.forEach(r -> r.shift(days, today));
		agreementVersion++;
	}

	void reallocated() {
		requireStatus(GrantStatus.ACTIVE, ValidationException.Keyed.word("action.grant.amend", "amended"));
		agreementVersion++;
	}

	/** What is committed and neither paid nor released: the award less disbursed and released, USD. */
	public Money remaining() {
		return amount.minus(disbursed).minus(released);
	}

	public Optional<Tranche> nextTranche() {
		return tranches.stream().filter(t -> !t.isPaid()).findFirst();
	}

	/** The first report not yet accepted: the one the NGO works on, or the fund manager reviews. */
	public Optional<GrantReport> currentReport() {
		return reports.stream().filter(r -> r.getStatus() != ReportStatus.ACCEPTED).findFirst();
	}

	public GrantReport report(int number) {
		return reports.stream().filter(r -> r.getNumber() == number).findFirst()
			.orElseThrow(() -> ConflictException.keyed("conflict.grant.noReport", "Grant " + grantRef + " has no report "
				+ number, grantRef, String.valueOf(number)));
	}

	private Money releaseRest() {
		Money rest = remaining();
		released = released.plus(rest);
		return rest;
	}

	private void requireStatus(GrantStatus expected, ValidationException.Keyed action) {
		if (status != expected) {
			throw ConflictException.keyed("conflict.grant.state", "Grant " + grantRef + " is " + status + " and cannot be "
					+ action.english(), grantRef, ValidationException.Keyed.state("grants.status.", status), action);
		}
	}

	public Long getId() { return id; }
	public Long getProposalId() { return proposalId; }
	public Long getCallId() { return callId; }
	public Long getOrganisationId() { return organisationId; }
	public String getGrantRef() { return grantRef; }
	public String getTitle() { return title; }
	public String getCountry() { return country; }
	public Money getAmount() { return amount; }
	public Money getDisbursed() { return disbursed; }
	public Money getReleased() { return released; }
	public Money getRefunded() { return refunded; }
	public int getDurationMonths() { return durationMonths; }
	public LocalDate getStartsOn() { return startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public int getAwardYear() { return awardYear; }
	/** The day the Board decided the award (UTC). */
	public LocalDate getAwardedOn() { return awardedOn; }
	public LocalDate getAcceptBy() { return acceptBy; }
	public GrantStatus getStatus() { return status; }
	public int getAgreementVersion() { return agreementVersion; }
	public LocalDate getClosedOn() { return closedOn; }
	/** @return the history import that recorded this past grant, or {@code null} for a grant awarded here */
	public Long getImportId() { return importId; }
	public List<Tranche> getTranches() { return List.copyOf(tranches); }
	public List<GrantReport> getReports() { return List.copyOf(reports); }
}
