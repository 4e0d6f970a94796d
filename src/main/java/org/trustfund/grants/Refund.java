package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.trustfund.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/** Unspent money the grantee returned, booked in the ledger as a refund with the day it was received as value date. */
@Entity
@Table(name = "grant_refund")
@NamedInterface("api")
public class Refund {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private Long grantId;
	private Money amount;
	private LocalDate receivedOn;
	private String reference;
	private Long ledgerEntryId;
	private String recordedBy;
	private Instant recordedAt;
	/** The fund's own reference of an imported refund, or null. */
	private String importRef;

	protected Refund() {
	}

	Refund(long grantId, Money amount, LocalDate receivedOn, String reference, long ledgerEntryId,
			String recordedBy, Instant now) {
		this.grantId = grantId;
		this.amount = amount;
		this.receivedOn = receivedOn;
		this.reference = reference;
		this.ledgerEntryId = ledgerEntryId;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	/** A refund received before the fund adopted the system, brought in by a history import. */
	static Refund imported(long grantId, Money amount, LocalDate receivedOn, String importRef,
			long ledgerEntryId, String recordedBy, Instant now) {
		Refund r = new Refund(grantId, amount, receivedOn, importRef, ledgerEntryId, recordedBy, now);
		r.importRef = importRef;
		return r;
	}

	public String getImportRef() { return importRef; }
	public Long getId() { return id; }
	public Long getGrantId() { return grantId; }
	public Money getAmount() { return amount; }
	public LocalDate getReceivedOn() { return receivedOn; }
	public String getReference() { return reference; }
	public Long getLedgerEntryId() { return ledgerEntryId; }
	public String getRecordedBy() { return recordedBy; }
	public Instant getRecordedAt() { return recordedAt; }
}
