package org.trustfund.proposals;

import org.trustfund.shared.ValidationException;
import org.trustfund.shared.Note;
import org.springframework.modulith.NamedInterface;
import jakarta.persistence.CollectionTable;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.trustfund.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.CodeSetConverters;
import org.trustfund.calls.TargetGroup;
import org.trustfund.notifications.Text;

/**
 * An NGO's proposal to a call. The NGO edits it while it is a draft; from submission on only the
 * review process changes it, through the methods below, each checking the proposal's stage.
 */
@Entity
@NamedInterface("api")
public class Proposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long callId;
	private Long organisationId;

	private String title;
	private String country;
	@Convert(converter = CodeSetConverters.TargetGroups.class)
	private Set<TargetGroup> targetGroups;
	@Convert(converter = CodeSetConverters.Services.class)
	private Set<AssistanceService> services;
	private int victimsPerYear;
	private Money amountRequested;
	private int durationMonths;
	private String narrative;
	private String contactName;
	private String contactEmail;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "proposal_budget_line", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "position")
	private List<BudgetLine> budgetLines = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	private String createdBy;
	private Instant createdAt;
	private Instant submittedAt;
	private String submittedBy;

	/** Ineligibility reasons or the screening rejection's reason, as sent to the NGO. */
	private String decisionReason;
	/** The bundle key and arguments ({@link Note}) of a decision reason the system wrote, else null. */
	private String decisionReasonKey;
	private String decisionReasonArgs;
	private String clarificationRequest;
	private String clarificationReply;
	private Instant clarificationDue;

	private BigDecimal finalScore;
	private String moderationNote;

	private Integer rankPosition;
	@Enumerated(EnumType.STRING)
	private Recommendation recommendation;
	private String recommendationNote;
	/** The generated reason's bundle key and coded arguments (see {@link Text}); null for older rows. */
	private String recommendationKey;
	private String recommendationArgs;
	private boolean recommendationAdjusted;

	/** The history import that brought this project in (a project of an imported reserve list), or null. */
	private Long importId;

	@Version
	private long version;

	protected Proposal() {
	}

	Proposal(long callId, long organisationId, ProposalContent content, String createdBy, Instant now) {
		this.callId = callId;
		this.organisationId = organisationId;
		this.status = ProposalStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(content);
	}

	/**
	 * A project of a reserve list the Board drew up before the fund adopted the system: it waits on the call's
	 * reserve list, so an offer and the Board's approval award it like any reserved proposal. What the history
	 * file does not give (narrative, contact, budget detail) is left blank; the budget is one line of the amount.
	 */
	static Proposal reservedBeforeTheSystem(long callId, long organisationId, String title, String country,
			BigDecimal amount, int durationMonths, long importId, String importedBy, Instant now) {
		Proposal p = new Proposal(callId, organisationId, new ProposalContent(title, country,
				java.util.EnumSet.noneOf(TargetGroup.class), java.util.EnumSet.noneOf(AssistanceService.class), 0,
				amount, durationMonths, "", "", "", List.of(new BudgetLine(BudgetCategory.OTHER,
						"Amount on the reserve list", amount))), importedBy, now);
		p.status = ProposalStatus.RESERVE_LIST;
		p.submittedAt = now;
		p.submittedBy = importedBy;
		p.importId = importId;
		return p;
	}

	void edit(ProposalContent content) {
		requireStatus(ProposalStatus.DRAFT, ValidationException.Keyed.word("action.proposal.edit", "edited (only drafts can be changed)"));
		apply(content);
	}

	/**
	 * Submits the draft, if {@link ProposalRules#submission} allows it against the call's and the
	 * organisation's {@code terms}; otherwise throws what that rule throws and changes nothing.
	 */
	void submit(String actor, Instant now, ProposalRules.SubmissionTerms terms) {
		submit(actor, now, terms, java.util.Map.of());
	}

	/** As {@link #submit(String, Instant, ProposalRules.SubmissionTerms)}, refused too while {@code incomplete} names a field. */
	void submit(String actor, Instant now, ProposalRules.SubmissionTerms terms, java.util.Map<String, String> incomplete) {
		ProposalRules.submission(status, amountRequested.amount(), durationMonths, terms, now, incomplete);
		this.status = ProposalStatus.SUBMITTED;
		this.submittedAt = now;
		this.submittedBy = actor;
	}

	void markIneligible(String reasons) {
		requireStatus(ProposalStatus.SUBMITTED, ValidationException.Keyed.word("action.proposal.ineligible", "found ineligible"));
		this.status = ProposalStatus.INELIGIBLE;
		this.decisionReason = reasons;
	}

	/** As {@link #markIneligible(String)}, with the table's reasons as a key and arguments ({@code english} their text). */
	void markIneligible(Note reasons, String english) {
		markIneligible(english);
		keyedReason(reasons);
	}

	void toScreening() {
		requireStatus(ProposalStatus.SUBMITTED, ValidationException.Keyed.word("action.proposal.screen", "screened"));
		this.status = ProposalStatus.SCREENING;
	}

	void reject(String reason) {
		requireStatus(ProposalStatus.SCREENING, ValidationException.Keyed.word("action.proposal.reject", "rejected"));
		this.status = ProposalStatus.REJECTED;
		this.decisionReason = reason;
	}

	void requestClarification(String question, Instant due) {
		requireStatus(ProposalStatus.SCREENING, ValidationException.Keyed.word("action.proposal.clarify", "sent a clarification request"));
		this.status = ProposalStatus.CLARIFICATION_REQUESTED;
		this.clarificationRequest = question;
		this.clarificationReply = null;
		this.clarificationDue = due;
	}

	void answerClarification(String reply) {
		requireStatus(ProposalStatus.CLARIFICATION_REQUESTED, ValidationException.Keyed.word("action.proposal.answer", "given an answer"));
		this.status = ProposalStatus.SCREENING;
		this.clarificationReply = reply;
		this.clarificationDue = null;
	}

	/** The reply deadline passed: the proposal goes back to the fund manager's screening. */
	void clarificationOverdue() {
		requireStatus(ProposalStatus.CLARIFICATION_REQUESTED, ValidationException.Keyed.word("action.proposal.rescreen", "returned to screening"));
		this.status = ProposalStatus.SCREENING;
		this.clarificationDue = null;
	}

	void startReview() {
		requireStatus(ProposalStatus.SCREENING, ValidationException.Keyed.word("action.proposal.review", "sent to review"));
		this.status = ProposalStatus.IN_REVIEW;
	}

	void needsModeration() {
		requireStatus(ProposalStatus.IN_REVIEW, ValidationException.Keyed.word("action.proposal.moderate", "moderated"));
		this.status = ProposalStatus.MODERATION;
	}

	void settle(BigDecimal score, String note) {
		if (status != ProposalStatus.IN_REVIEW && status != ProposalStatus.MODERATION) {
			throw new ProposalStateException("conflict.proposal.noFinalScore", "The proposal is " + status
					+ " and cannot receive a final score", ValidationException.Keyed.state("proposal.status.", status));
		}
		this.status = ProposalStatus.REVIEWED;
		this.finalScore = score;
		this.moderationNote = note;
	}

	void recommend(int rank, Recommendation recommendation, Text reason, String englishNote) {
		requireStatus(ProposalStatus.REVIEWED, ValidationException.Keyed.word("action.proposal.rank", "ranked"));
		this.rankPosition = rank;
		this.recommendation = recommendation;
		this.recommendationNote = englishNote;
		this.recommendationKey = reason.key();
		this.recommendationArgs = reason.storedArgs();
		this.recommendationAdjusted = false;
	}

	void adjustRecommendation(Recommendation recommendation, String reason) {
		if (this.recommendation == null) {
			throw new ProposalStateException("conflict.proposal.noRecommendation", "The proposal has no recommendation to adjust");
		}
		this.recommendation = recommendation;
		this.recommendationNote = reason;
		this.recommendationKey = null;
		this.recommendationArgs = null;
		this.recommendationAdjusted = true;
	}

	/** The Board's award: from the Board's own decision, or from the reserve list when money arrived. */
	void award() {
		if (status != ProposalStatus.REVIEWED && status != ProposalStatus.RESERVE_LIST) {
			throw new ProposalStateException("conflict.proposal.state", "The proposal is " + status + " and cannot be awarded",
					ValidationException.Keyed.state("proposal.status.", status),
					ValidationException.Keyed.word("action.proposal.award", "awarded"));
		}
		this.status = ProposalStatus.AWARDED;
	}

	void placeOnReserveList() {
		requireStatus(ProposalStatus.REVIEWED, ValidationException.Keyed.word("action.proposal.reserve", "placed on the reserve list"));
		this.status = ProposalStatus.RESERVE_LIST;
	}

	void declineByBoard(String reason) {
		requireStatus(ProposalStatus.REVIEWED, ValidationException.Keyed.word("action.proposal.decline", "declined by the Board"));
		this.status = ProposalStatus.DECLINED_BY_BOARD;
		this.decisionReason = reason;
	}

	void reserveListExpired(String reason) {
		requireStatus(ProposalStatus.RESERVE_LIST, ValidationException.Keyed.word("action.proposal.notFunded", "closed as not funded"));
		this.status = ProposalStatus.NOT_FUNDED;
		this.decisionReason = reason;
	}

	/**
	 * As {@link #reserveListExpired(String)}, with the system's reason as a key and arguments, so that each reader
	 * sees it in their language; {@code english} is its English text, kept as the decision reason.
	 */
	void reserveListExpired(Note reason, String english) {
		reserveListExpired(english);
		keyedReason(reason);
	}

	/** As {@link #declineByBoard(String)}, with the system's reason as a key and arguments ({@code english} its text). */
	void declineByBoard(Note reason, String english) {
		declineByBoard(english);
		keyedReason(reason);
	}

	private void keyedReason(Note reason) {
		this.decisionReasonKey = reason.key();
		this.decisionReasonArgs = reason.argsJson();
	}

	void withdrawFromReserveList(String reason) {
		requireStatus(ProposalStatus.RESERVE_LIST, ValidationException.Keyed.word("action.proposal.withdraw", "withdrawn from the reserve list"));
		this.status = ProposalStatus.WITHDRAWN;
		this.decisionReason = reason;
	}

	/** The budget lines add up to the amount requested. */
	static boolean balanced(List<BudgetLine> lines, BigDecimal amount) {
		return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(amount) == 0;
	}

	/** What the NGO wrote, as the checklist reads it. */
	ProposalContent content() {
		return new ProposalContent(title, country, targetGroups, services, victimsPerYear, amountRequested.amount(),
				durationMonths, narrative, contactName, contactEmail, List.copyOf(budgetLines));
	}

	private void apply(ProposalContent c) {
		this.title = c.title();
		this.country = c.country();
		this.targetGroups = c.targetGroups();
		this.services = c.services();
		this.victimsPerYear = c.victimsPerYear();
		this.amountRequested = Money.of(c.amountRequested());
		this.durationMonths = c.durationMonths();
		this.narrative = c.narrative();
		this.contactName = c.contactName();
		this.contactEmail = c.contactEmail();
		this.budgetLines = new ArrayList<>(c.budgetLines());
	}

	private void requireStatus(ProposalStatus expected, ValidationException.Keyed action) {
		if (status != expected) {
			throw new ProposalStateException("conflict.proposal.state", "The proposal is " + status + " and cannot be "
					+ action.english(), ValidationException.Keyed.state("proposal.status.", status), action);
		}
	}

	public Long getId() { return id; }
	public Long getCallId() { return callId; }
	public Long getOrganisationId() { return organisationId; }
	public String getTitle() { return title; }
	public String getCountry() { return country; }
	public Set<TargetGroup> getTargetGroups() { return targetGroups; }
	public Set<AssistanceService> getServices() { return services; }
	public int getVictimsPerYear() { return victimsPerYear; }
	public Money getAmountRequested() { return amountRequested; }
	public int getDurationMonths() { return durationMonths; }
	public String getNarrative() { return narrative; }
	public String getContactName() { return contactName; }
	public String getContactEmail() { return contactEmail; }
	public List<BudgetLine> getBudgetLines() { return List.copyOf(budgetLines); }
	public ProposalStatus getStatus() { return status; }
	/** @return the history import that brought this reserve-list project in, or {@code null} */
	public Long getImportId() { return importId; }
	public String getCreatedBy() { return createdBy; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getSubmittedAt() { return submittedAt; }
	public String getSubmittedBy() { return submittedBy; }
	public String getDecisionReason() { return decisionReason; }
	/** The bundle key of a decision reason the system wrote, or null (typed by a person, or an older row). */
	public String getDecisionReasonKey() { return decisionReasonKey; }
	/** The arguments of {@link #getDecisionReasonKey()}, a JSON array of coded strings ({@link Note}), or null. */
	public String getDecisionReasonArgs() { return decisionReasonArgs; }
	public String getClarificationRequest() { return clarificationRequest; }
	public String getClarificationReply() { return clarificationReply; }
	public Instant getClarificationDue() { return clarificationDue; }
	public BigDecimal getFinalScore() { return finalScore; }
	public String getModerationNote() { return moderationNote; }
	public Integer getRankPosition() { return rankPosition; }
	public Recommendation getRecommendation() { return recommendation; }
	public String getRecommendationNote() { return recommendationNote; }

	/**
	 * @return the recommendation's reason to show: the generated reason as its bundle key and arguments, for the
	 *         reader's language; a reason the fund manager typed (or an older row's stored text) as it is; null
	 *         when there is none
	 */
	public Text getRecommendationReason() {
		if (recommendationKey != null) {
			return Text.stored(recommendationKey, recommendationArgs);
		}
		return recommendationNote == null || recommendationNote.isBlank() ? null
				: Text.of("notice.data", recommendationNote);
	}
	public boolean isRecommendationAdjusted() { return recommendationAdjusted; }
}
