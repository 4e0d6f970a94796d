package org.trustfund.grants;

import org.trustfund.shared.ValidationException;
import org.springframework.modulith.NamedInterface;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustfund.calls.AssistanceService;
import org.trustfund.shared.ConflictException;

/** A progress report due before a later tranche, or the final report at the end of the grant. */
@Entity
@Table(name = "grant_report")
@NamedInterface("api")
public class GrantReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "grant_id", insertable = false, updatable = false)
	private Long grantId;
	private int number;
	private boolean finalReport;
	private LocalDate dueOn;
	@Enumerated(EnumType.STRING)
	private ReportStatus status;
	private boolean overdue;
	private Integer women;
	private Integer girls;
	private Integer men;
	private Integer boys;
	private String narrative;
	private Instant submittedAt;
	private String submittedBy;
	private Instant reviewedAt;
	private String reviewedBy;
	private String reviewNote;
	/** The fund's own reference of a report imported from the fund's history, or null. */
	private String importRef;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "grant_report_service", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "service")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "victims")
	private Map<AssistanceService, Integer> services = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "grant_report_spending", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	private List<Spending> spending = new ArrayList<>();

	protected GrantReport() {
	}

	GrantReport(int number, boolean finalReport, LocalDate dueOn) {
		this.number = number;
		this.finalReport = finalReport;
		this.dueOn = dueOn;
		this.status = ReportStatus.SCHEDULED;
	}

	/**
	 * A report the fund accepted before it adopted the system, with its figures: victims by sex and age group and
	 * by service; no spending per budget line is known.
	 */
	static GrantReport acceptedBeforeTheSystem(int number, boolean finalReport, LocalDate dueOn, ReportFigures f,
			String importRef, String actor, Instant now) {
		GrantReport r = new GrantReport(number, finalReport, dueOn);
		r.women = f.women();
		r.girls = f.girls();
		r.men = f.men();
		r.boys = f.boys();
		r.narrative = f.narrative();
		r.services = new HashMap<>(f.services());
		r.status = ReportStatus.ACCEPTED;
		r.submittedAt = now;
		r.submittedBy = actor;
		r.review("Imported from the fund's history", actor, now);
		r.importRef = importRef;
		return r;
	}

	void open() {
		if (status == ReportStatus.SCHEDULED) {
			status = ReportStatus.OPEN;
		}
	}

	void markOverdue() {
		if (status.awaitsNgo() || status == ReportStatus.SCHEDULED) {
			overdue = true;
		}
	}

	void submit(ReportFigures f, List<AgreementLine> budget, String actor, Instant now) {
		if (!status.awaitsNgo()) {
			throw ConflictException.keyed("conflict.report.notSubmittable", "Report " + number + " is " + status
					+ " and cannot be submitted now", String.valueOf(number), ValidationException.Keyed.state("grants.reportStatus.", status));
		}
		this.women = f.women();
		this.girls = f.girls();
		this.men = f.men();
		this.boys = f.boys();
		this.narrative = f.narrative();
		this.services = new HashMap<>(f.services());
		this.spending = new ArrayList<>();
		for (int i = 0; i < budget.size(); i++) {
			AgreementLine line = budget.get(i);
			spending.add(new Spending(line.category(), line.description(), line.amount(), f.spentPerLine().get(i)));
		}
		this.status = ReportStatus.SUBMITTED;
		this.overdue = false;
		this.submittedAt = now;
		this.submittedBy = actor;
	}

	void requestRevision(String note, LocalDate newDue, String actor, Instant now) {
		requireSubmitted();
		this.status = ReportStatus.REVISION_REQUESTED;
		this.dueOn = newDue;
		review(note, actor, now);
	}

	void accept(String note, String actor, Instant now) {
		requireSubmitted();
		this.status = ReportStatus.ACCEPTED;
		review(note, actor, now);
	}

	void shift(long days, LocalDate today) {
		if (status != ReportStatus.ACCEPTED && status != ReportStatus.SUBMITTED) {
			dueOn = dueOn.plusDays(days);
			if (overdue && !dueOn.isBefore(today)) {
				overdue = false;
			}
		}
	}

	private void review(String note, String actor, Instant now) {
		this.reviewNote = note;
		this.reviewedBy = actor;
		this.reviewedAt = now;
	}

	private void requireSubmitted() {
		if (status != ReportStatus.SUBMITTED) {
			throw ConflictException.keyed("conflict.report.notSubmitted", "Report " + number + " is " + status + ", not submitted",
					String.valueOf(number), ValidationException.Keyed.state("grants.reportStatus.", status));
		}
	}

	public Map<AssistanceService, Integer> servicesInOrder() {
		Map<AssistanceService, Integer> ordered = new EnumMap<>(AssistanceService.class);
		ordered.putAll(services);
		return ordered;
	}

	public Long getId() { return id; }
	public Long getGrantId() { return grantId; }
	public int getNumber() { return number; }
	public boolean isFinalReport() { return finalReport; }
	public LocalDate getDueOn() { return dueOn; }
	public ReportStatus getStatus() { return status; }
	public boolean isOverdue() { return overdue; }
	public Integer getWomen() { return women; }
	public Integer getGirls() { return girls; }
	public Integer getMen() { return men; }
	public Integer getBoys() { return boys; }
	public String getNarrative() { return narrative; }
	public Instant getSubmittedAt() { return submittedAt; }
	public String getSubmittedBy() { return submittedBy; }
	public String getReviewedBy() { return reviewedBy; }
	public String getReviewNote() { return reviewNote; }
	public String getImportRef() { return importRef; }
	public List<Spending> getSpending() { return List.copyOf(spending); }
}
