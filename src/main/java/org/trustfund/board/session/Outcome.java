package org.trustfund.board.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.trustfund.shared.Money;
import java.time.Instant;

/** The Board's outcome for one proposal in one session, as applied: a record, never changed. */
@Entity
@Table(name = "board_outcome")
public class Outcome {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long sessionId;
	private Long proposalId;
	private Integer rankPosition;
	private int eligible;
	private int approvals;
	private int rejections;
	private int abstentions;
	private int recusals;
	@Enumerated(EnumType.STRING)
	private Decision decision;
	@Enumerated(EnumType.STRING)
	private OutcomeResult result;
	private Money amount;
	private String note;
	private Instant decidedAt;

	protected Outcome() {
	}

	Outcome(long sessionId, Tally tally, Integer rankPosition, OutcomeResult result, Money amount, String note,
			Instant now) {
		this.sessionId = sessionId;
		this.proposalId = tally.proposalId();
		this.rankPosition = rankPosition;
		this.eligible = tally.eligible();
		this.approvals = tally.approvals();
		this.rejections = tally.rejections();
		this.abstentions = tally.abstentions();
		this.recusals = tally.recusals();
		this.decision = tally.decision();
		this.result = result;
		this.amount = amount;
		this.note = note;
		this.decidedAt = now;
	}

	public Long getId() { return id; }
	public Long getSessionId() { return sessionId; }
	public Long getProposalId() { return proposalId; }
	public Integer getRankPosition() { return rankPosition; }
	public int getEligible() { return eligible; }
	public int getApprovals() { return approvals; }
	public int getRejections() { return rejections; }
	public int getAbstentions() { return abstentions; }
	public int getRecusals() { return recusals; }
	public Decision getDecision() { return decision; }
	public OutcomeResult getResult() { return result; }
	public Money getAmount() { return amount; }
	public String getNote() { return note; }
	public Instant getDecidedAt() { return decidedAt; }
}
