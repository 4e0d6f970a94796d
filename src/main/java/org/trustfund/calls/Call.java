package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.trustfund.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trustfund.shared.ValidationException;

/** A call for proposals: its rules for applicants, its rubric and its money. Changes state through its methods. */
@Entity
@Table(name = "call_for_proposals")
@NamedInterface("api")
public class Call {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;
	private String description;
	private LocalDate openingDate;
	private LocalDateTime submissionDeadline;
	private String timeZone;
	/** The deadline as an instant, derived from the local deadline and its zone. */
	private Instant deadlineAt;

	@Convert(converter = CodeSetConverters.Strings.class)
	private Set<String> eligibleCountries;
	@Convert(converter = CodeSetConverters.TargetGroups.class)
	private Set<TargetGroup> priorityTargetGroups;
	@Convert(converter = CodeSetConverters.Services.class)
	private Set<AssistanceService> services;

	private Money ceilingPerGrant;
	private int maxDurationMonths;
	private Money envelope;
	private int qualityThresholdPercent;
	private LocalDate reserveListExpiry;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "position")
	@Column(name = "name")
	private List<String> criteria = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private CallStatus status;

	private String createdBy;
	private Instant createdAt;
	private Instant publishedAt;

	/** The history import that recorded this past call, or null; and the fund's own reference of it. */
	private Long importId;
	private String importRef;

	@Version
	private long version;

	protected Call() {
	}

	Call(CallRules rules, String createdBy, Instant now) {
		this.status = CallStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(rules);
	}

	/**
	 * A call the fund ran before it adopted the system, with its past dates and the rules as far as known; it is
	 * recorded in {@code status} (CLOSED or DECIDED) and never published here, so no process runs for it.
	 */
	static Call past(PastCall past, long importId, String importedBy, Instant now) {
		if (past.status() != CallStatus.CLOSED && past.status() != CallStatus.DECIDED) {
			throw new IllegalArgumentException("A past call is CLOSED or DECIDED, not " + past.status());
		}
		Call call = new Call();
		call.title = past.title();
		call.description = past.description();
		call.openingDate = past.openingDate();
		call.submissionDeadline = past.submissionDeadline();
		call.timeZone = past.zone().getId();
		call.deadlineAt = past.submissionDeadline().atZone(past.zone()).toInstant();
		call.eligibleCountries = past.eligibleCountries();
		call.priorityTargetGroups = past.targetGroups();
		call.services = past.services();
		call.ceilingPerGrant = Money.of(past.ceilingPerGrant());
		call.maxDurationMonths = past.maxDurationMonths();
		call.envelope = Money.of(past.envelope());
		call.qualityThresholdPercent = 0;
		call.reserveListExpiry = past.reserveListExpiry();
		call.status = past.status();
		call.createdBy = importedBy;
		call.createdAt = now;
		call.publishedAt = past.openingDate().atStartOfDay(past.zone()).toInstant();
		call.importId = importId;
		call.importRef = past.reference();
		return call;
	}

	void update(CallRules rules) {
		requireStatus(CallStatus.DRAFT, ValidationException.Keyed.word("action.call.edit", "edited"));
		apply(rules);
	}

	void publish(Instant now) {
		requireStatus(CallStatus.DRAFT, ValidationException.Keyed.word("action.call.publish", "published"));
		if (!deadlineAt.isAfter(now)) {
			throw ValidationException.keyed("submissionDeadline", "error.call.deadlinePassed", "The submission deadline has already passed");
		}
		this.status = CallStatus.OPEN;
		this.publishedAt = now;
	}

	void closeSubmissions() {
		requireStatus(CallStatus.OPEN, ValidationException.Keyed.word("action.call.close", "closed"));
		this.status = CallStatus.CLOSED;
	}

	void startRecommendation() {
		requireStatus(CallStatus.CLOSED, ValidationException.Keyed.word("action.call.prepare", "prepared for recommendation"));
		this.status = CallStatus.RECOMMENDATION;
	}

	void handToBoard() {
		requireStatus(CallStatus.RECOMMENDATION, ValidationException.Keyed.word("action.call.handToBoard", "handed to the Board"));
		this.status = CallStatus.READY_FOR_BOARD;
	}

	void decide() {
		requireStatus(CallStatus.READY_FOR_BOARD, ValidationException.Keyed.word("action.call.markDecided", "marked as decided"));
		this.status = CallStatus.DECIDED;
	}

	/** Open, and between the opening date (start of day in the call's zone) and the deadline. */
	public boolean acceptsSubmissions(Instant now) {
		return status == CallStatus.OPEN && !now.isBefore(openingInstant()) && now.isBefore(deadlineAt);
	}

	public boolean deadlinePassed(Instant now) {
		return !now.isBefore(deadlineAt);
	}

	public boolean isCountryEligible(String country) {
		return Regions.covers(eligibleCountries, country);
	}

	public boolean isPublished() {
		return status != CallStatus.DRAFT;
	}

	/** The highest total a reviewer can give: five points per criterion. */
	public int maxScore() {
		return 5 * criteria.size();
	}

	/** The lowest final score still worth funding: the quality threshold as a share of the maximum. */
	public BigDecimal qualityThreshold() {
		return BigDecimal.valueOf((long) maxScore() * qualityThresholdPercent, 2);
	}

	public Instant openingInstant() {
		return openingDate.atStartOfDay(ZoneId.of(timeZone)).toInstant();
	}

	private void apply(CallRules r) {
		this.title = r.title();
		this.description = r.description();
		this.openingDate = r.openingDate();
		this.submissionDeadline = r.submissionDeadline();
		this.timeZone = r.zone().getId();
		this.deadlineAt = r.submissionDeadline().atZone(r.zone()).toInstant();
		this.eligibleCountries = r.eligibleCountries();
		this.priorityTargetGroups = r.priorityTargetGroups();
		this.services = r.services();
		this.ceilingPerGrant = Money.of(r.ceilingPerGrant());
		this.maxDurationMonths = r.maxDurationMonths();
		this.envelope = Money.of(r.envelope());
		this.criteria = new ArrayList<>(r.criteria());
		this.qualityThresholdPercent = r.qualityThresholdPercent();
		this.reserveListExpiry = r.reserveListExpiry();
	}

	private void requireStatus(CallStatus expected, ValidationException.Keyed action) {
		if (status != expected) {
			throw new CallStateException("conflict.call.state", "The call is " + status + " and cannot be " + action.english()
					+ " now", ValidationException.Keyed.state("call.status.", status), action);
		}
	}

	public Long getId() { return id; }
	public String getTitle() { return title; }
	public String getDescription() { return description; }
	public LocalDate getOpeningDate() { return openingDate; }
	public LocalDateTime getSubmissionDeadline() { return submissionDeadline; }
	public String getTimeZone() { return timeZone; }
	public Instant getDeadlineAt() { return deadlineAt; }
	public Set<String> getEligibleCountries() { return eligibleCountries; }
	public Set<TargetGroup> getPriorityTargetGroups() { return priorityTargetGroups; }
	public Set<AssistanceService> getServices() { return services; }
	public Money getCeilingPerGrant() { return ceilingPerGrant; }
	public int getMaxDurationMonths() { return maxDurationMonths; }
	public Money getEnvelope() { return envelope; }
	public int getQualityThresholdPercent() { return qualityThresholdPercent; }
	public LocalDate getReserveListExpiry() { return reserveListExpiry; }
	public List<String> getCriteria() { return List.copyOf(criteria); }
	public CallStatus getStatus() { return status; }
	public String getCreatedBy() { return createdBy; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getPublishedAt() { return publishedAt; }
	/** @return the history import that recorded this past call, or {@code null} for a call made here */
	public Long getImportId() { return importId; }
	/** @return the fund's own reference of an imported call, or {@code null} */
	public String getImportRef() { return importRef; }
}
