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

/** A tranche paid to the grantee, with the bank's reference (unique per grant) and its ledger entry. */
@Entity
@Table(name = "grant_payment")
@NamedInterface("api")
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private Long grantId;
	private int trancheNumber;
	private LocalDate paidOn;
	private Money amount;
	private String bankReference;
	private Long ledgerEntryId;
	private String recordedBy;
	private Instant recordedAt;

	protected Payment() {
	}

	Payment(long grantId, int trancheNumber, LocalDate paidOn, Money amount, String bankReference,
			long ledgerEntryId, String recordedBy, Instant recordedAt) {
		this.grantId = grantId;
		this.trancheNumber = trancheNumber;
		this.paidOn = paidOn;
		this.amount = amount;
		this.bankReference = bankReference;
		this.ledgerEntryId = ledgerEntryId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() { return id; }
	public Long getGrantId() { return grantId; }
	public int getTrancheNumber() { return trancheNumber; }
	public LocalDate getPaidOn() { return paidOn; }
	public Money getAmount() { return amount; }
	public String getBankReference() { return bankReference; }
	public Long getLedgerEntryId() { return ledgerEntryId; }
	public String getRecordedBy() { return recordedBy; }
	public Instant getRecordedAt() { return recordedAt; }
}
