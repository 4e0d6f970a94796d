package org.trustfund.reserve;

import org.trustfund.shared.ValidationException;
import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.trustfund.shared.ConflictException;

/**
 * The reserve list of one call: open from the first reserved project until it expires or no project is left
 * on it. While an offer is with the Board ({@link #getCurrentOfferSession()}), its projects stay put.
 */
@Entity
@NamedInterface("api")
public class ReserveList {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long callId;
	private LocalDate expiresOn;
	@Enumerated(EnumType.STRING)
	private ListStatus status;
	private Long currentOfferSession;
	private Long lastOfferSession;
	private Instant createdAt;
	private Instant closedAt;
	private String closedReason;
	private Long moneySeenUpTo;
	/** The history import that brought this list in (drawn up by the Board before the system), or null. */
	private Long importId;

	protected ReserveList() {
	}

	ReserveList(long callId, LocalDate expiresOn, Instant now) {
		this.callId = callId;
		this.expiresOn = expiresOn;
		this.status = ListStatus.OPEN;
		this.createdAt = now;
	}

	/** A list the Board drew up before the fund adopted the system, brought in by a history import. */
	static ReserveList imported(long callId, LocalDate expiresOn, long importId, Instant now) {
		ReserveList list = new ReserveList(callId, expiresOn, now);
		list.importId = importId;
		return list;
	}

	public boolean isOpen() {
		return status == ListStatus.OPEN;
	}

	void changeExpiry(LocalDate newDate, LocalDate today) {
		requireOpen();
		if (newDate == null) {
			throw new ReserveListException("expiresOn", "error.reserve.expiry", "Give the new expiry date");
		}
		if (newDate.isBefore(today)) {
			throw new ReserveListException("expiresOn", "error.reserve.expiryPast", "The expiry date cannot be in the past");
		}
		this.expiresOn = newDate;
	}

	void offerMade(long sessionId, long lastMoneyIn) {
		requireOpen();
		this.currentOfferSession = sessionId;
		this.lastOfferSession = sessionId;
		this.moneySeenUpTo = lastMoneyIn;
	}

	/**
	 * Whether money came in (ledger entry {@code lastMoneyIn}) after the list's last offer: only then may the
	 * projects the Board passed over be offered again. A repeated money message or a periodic re-check is no
	 * new money.
	 */
	boolean hasNewMoney(long lastMoneyIn) {
		return moneySeenUpTo == null || lastMoneyIn > moneySeenUpTo;
	}

	void offerReturned() {
		this.currentOfferSession = null;
	}

	/** A later session reserves more projects of the call after the list closed: the list opens again. */
	void reopen(LocalDate newExpiry) {
		this.status = ListStatus.OPEN;
		this.expiresOn = newExpiry;
		this.closedAt = null;
		this.closedReason = null;
		this.currentOfferSession = null;
	}

	void close(ListStatus how, String reason, Instant now) {
		requireOpen();
		this.status = how;
		this.closedReason = reason;
		this.closedAt = now;
	}

	void requireOpen() {
		if (!isOpen()) {
			throw ConflictException.keyed("conflict.reserve.listClosed", "The reserve list of call " + callId + " is closed ("
					+ status + ")", String.valueOf(callId), ValidationException.Keyed.state("reserve.listStatus.", status));
		}
	}

	public Long getId() { return id; }
	public Long getCallId() { return callId; }
	public LocalDate getExpiresOn() { return expiresOn; }
	public ListStatus getStatus() { return status; }
	public Long getCurrentOfferSession() { return currentOfferSession; }
	public Long getLastOfferSession() { return lastOfferSession; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getClosedAt() { return closedAt; }
	public String getClosedReason() { return closedReason; }
	/** @return the history import that brought this list in, or {@code null} */
	public Long getImportId() { return importId; }
}
