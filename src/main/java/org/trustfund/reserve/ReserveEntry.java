package org.trustfund.reserve;

import org.trustfund.shared.ValidationException;
import org.trustfund.shared.Note;
import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import org.trustfund.shared.Money;
import org.trustfund.shared.ConflictException;

/**
 * One project on a reserve list, in the Board's rank order. It leaves the list by award, withdrawal or
 * expiry; the entry stays, with who, when and why.
 */
@Entity
@NamedInterface("api")
public class ReserveEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long listId;
	private Long proposalId;
	private int rankPosition;
	private Money amount;
	private Long organisationId;
	private String organisationName;
	private String country;
	private String title;
	private Long sessionId;
	private Instant addedAt;
	@Enumerated(EnumType.STRING)
	private EntryState state;
	private String stateReason;
	/** The bundle key and arguments ({@link Note}) of a reason the system wrote, else null. */
	private String stateReasonKey;
	private String stateReasonArgs;
	private String stateBy;
	private Instant stateAt;
	private Long lastOfferedIn;
	private boolean passedOver;
	/** The fund's own reference of an imported entry, or null. */
	private String importRef;

	protected ReserveEntry() {
	}

	ReserveEntry(long listId, Project project, int rank, Money amount, long sessionId, Instant now) {
		this.listId = listId;
		this.proposalId = project.proposalId();
		this.rankPosition = rank;
		this.amount = amount;
		this.organisationId = project.organisationId();
		this.organisationName = project.organisationName();
		this.country = project.country();
		this.title = project.title();
		this.sessionId = sessionId;
		this.addedAt = now;
		this.state = EntryState.ON_LIST;
	}

	/** A project of a list imported from the fund's history: no Board session of this system put it there. */
	static ReserveEntry imported(long listId, Project project, int rank, Money amount, String importRef, Instant now) {
		ReserveEntry e = new ReserveEntry(listId, project, rank, amount, 0L, now);
		e.sessionId = null;
		e.importRef = importRef;
		return e;
	}

	public boolean isOnList() {
		return state == EntryState.ON_LIST;
	}

	void offeredIn(long session) {
		this.lastOfferedIn = session;
	}

	/** The Board did not approve it in an offer: it keeps its place but waits for new money to be offered again. */
	void passedOver() {
		this.passedOver = true;
	}

	/** New money arrived: every waiting project may be offered again. */
	void newMoney() {
		this.passedOver = false;
	}

	/** @param reason the system's reason, as a key and arguments; {@code english} is its English text */
	void award(Note reason, String english, String actor, Instant now) {
		leave(EntryState.AWARDED, english, actor, now);
		keyedReason(reason);
	}

	void withdraw(String reason, String actor, Instant now) {
		leave(EntryState.WITHDRAWN, reason, actor, now);
	}

	/** @param reason the system's reason, as a key and arguments; {@code english} is its English text */
	void expire(Note reason, String english, Instant now) {
		leave(EntryState.EXPIRED, english, "system", now);
		keyedReason(reason);
	}

	private void keyedReason(Note reason) {
		this.stateReasonKey = reason.key();
		this.stateReasonArgs = reason.argsJson();
	}

	private void leave(EntryState to, String reason, String actor, Instant now) {
		if (!isOnList()) {
			throw ConflictException.keyed("conflict.reserve.notOnList", "Project " + proposalId
					+ " is no longer on the reserve list (" + state + ")", String.valueOf(proposalId),
					ValidationException.Keyed.state("reserve.state.", state));
		}
		this.state = to;
		this.stateReason = reason;
		this.stateBy = actor;
		this.stateAt = now;
	}

	public Money amount() {
		return amount;
	}

	/** What the list keeps of a proposal: a snapshot, so that a list of a thousand projects reads one table. */
	record Project(long proposalId, long organisationId, String organisationName, String country, String title) {
	}

	public Long getId() { return id; }
	public Long getListId() { return listId; }
	public Long getProposalId() { return proposalId; }
	public int getRankPosition() { return rankPosition; }
	public Money getAmount() { return amount; }
	public Long getOrganisationId() { return organisationId; }
	public String getOrganisationName() { return organisationName; }
	public String getCountry() { return country; }
	public String getTitle() { return title; }
	public Long getSessionId() { return sessionId; }
	public Instant getAddedAt() { return addedAt; }
	public EntryState getState() { return state; }
	public String getStateReason() { return stateReason; }
	/** The bundle key of a reason the system wrote, or null (typed by a person, or an older row). */
	public String getStateReasonKey() { return stateReasonKey; }
	/** The arguments of {@link #getStateReasonKey()}, a JSON array of coded strings ({@link Note}), or null. */
	public String getStateReasonArgs() { return stateReasonArgs; }
	public String getStateBy() { return stateBy; }
	public Instant getStateAt() { return stateAt; }
	public Long getLastOfferedIn() { return lastOfferedIn; }
	public boolean isPassedOver() { return passedOver; }
	public String getImportRef() { return importRef; }
}
