package org.trustfund.grants;

import org.trustfund.shared.Note;
import org.springframework.modulith.NamedInterface;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.trustfund.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One version of a grant agreement, never changed once written; an amendment writes the next one. */
@Entity
@Immutable
@Table(name = "grant_version")
@NamedInterface("api")
public class AgreementVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private Long grantId;
	private int number;
	private String kind;
	private LocalDate endsOn;
	private String schedule;
	private String conditions;
	private String reason;
	/** The bundle key and arguments ({@link Note}) of a reason the system wrote, else null. */
	private String reasonKey;
	private String reasonArgs;
	private Instant createdAt;
	private String createdBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "grant_version_line", joinColumns = @JoinColumn(name = "version_id"))
	@OrderColumn(name = "position")
	private List<AgreementLine> lines = new ArrayList<>();

	protected AgreementVersion() {
	}

	AgreementVersion(Grant grant, String kind, List<AgreementLine> lines, String conditions, String reason,
			String actor, Instant now) {
		this.grantId = grant.getId();
		this.number = grant.getAgreementVersion();
		this.kind = kind;
		this.endsOn = grant.getEndsOn();
		this.schedule = schedule(grant);
		this.conditions = conditions;
		this.reason = reason;
		this.lines = new ArrayList<>(lines);
		this.createdAt = now;
		this.createdBy = actor;
	}

	/**
	 * A version whose reason the system wrote (on the Board's award, on a history import).
	 * @param reason its English text, kept for exports and logs
	 * @param keyed the same as a key and arguments, shown in each reader's language
	 */
	AgreementVersion(Grant grant, String kind, List<AgreementLine> lines, String conditions, String reason,
			Note keyed, String actor, Instant now) {
		this(grant, kind, lines, conditions, reason, actor, now);
		this.reasonKey = keyed.key();
		this.reasonArgs = keyed.argsJson();
	}

	/** The tranches and reporting dates in force, as one readable line per item. */
	static String schedule(Grant g) {
		StringBuilder s = new StringBuilder();
		g.getTranches().forEach(t -> s.append("Tranche ").append(t.getNumber()).append(": ").append(Money.CURRENCY).append(' ')
			.append(t.getAmount()).append(" from ").append(t.getPlannedOn())
			.append(t.getAfterReport() == null ? "" : " after report " + t.getAfterReport() + " is accepted")
			.append('\n'));
		g.getReports().forEach(r -> s.append(r.isFinalReport() ? "Final report" : "Progress report ")
			.append(r.isFinalReport() ? "" : String.valueOf(r.getNumber())).append(" due ").append(r.getDueOn())
			.append('\n'));
		return s.toString().strip();
	}

	public BigDecimal total() {
		return lines.stream().map(AgreementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Long getId() { return id; }
	public Long getGrantId() { return grantId; }
	public int getNumber() { return number; }
	public String getKind() { return kind; }
	public LocalDate getEndsOn() { return endsOn; }
	public String getSchedule() { return schedule; }
	public String getConditions() { return conditions; }
	public String getReason() { return reason; }
	/** The bundle key of a reason the system wrote, or null (typed by a person, or an older row). */
	public String getReasonKey() { return reasonKey; }
	/** The arguments of {@link #getReasonKey()}, a JSON array of coded strings ({@link Note}), or null. */
	public String getReasonArgs() { return reasonArgs; }
	public Instant getCreatedAt() { return createdAt; }
	public String getCreatedBy() { return createdBy; }
	public List<AgreementLine> getLines() { return List.copyOf(lines); }
}
