package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.trustfund.shared.Money;

/**
 * Money a donor paid: what the bank received (amount and currency), what it credited in US dollars, and
 * the bank's transaction reference, which is unique. A contribution is reversed only through a ledger
 * correction; it is never edited.
 * <p>
 * {@code creditedUsd} is {@code Money} (the fund's currency); {@code amount} stays {@link BigDecimal} because it
 * is what the bank received in {@code currency}, which may be any ISO 4217 currency with its own decimals.
 */
@Entity
@NamedInterface("api")
public class Contribution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long donorId;
	private Long pledgeId;
	private LocalDate receivedOn;
	private BigDecimal amount;
	private String currency;
	private Money creditedUsd;
	private String bankReference;
	private boolean overpayment;
	private String note;
	private Long ledgerEntryId;
	private boolean reversed;
	private String reversalReason;
	private Instant reversedAt;
	private Instant recordedAt;
	private String recordedBy;
	private String importedRef;

	@Version
	private long version;

	protected Contribution() {
	}

	Contribution(ContributionForm form, Money creditedUsd, String bankReference, String actor,
			Instant now) {
		this.donorId = form.donorId();
		this.pledgeId = form.pledgeId();
		this.receivedOn = form.receivedOn();
		this.amount = form.amount();
		this.currency = form.currency().strip().toUpperCase(java.util.Locale.ROOT);
		this.creditedUsd = creditedUsd;
		this.bankReference = bankReference;
		this.overpayment = form.overpaymentAccepted();
		this.note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		this.recordedBy = actor;
		this.recordedAt = now;
	}

	void imported(String reference) {
		this.importedRef = reference;
	}

	void booked(long ledgerEntryId) {
		this.ledgerEntryId = ledgerEntryId;
	}

	void reverse(String reason, Instant now) {
		this.reversed = true;
		this.reversalReason = reason;
		this.reversedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getDonorId() {
		return donorId;
	}

	public Long getPledgeId() {
		return pledgeId;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public BigDecimal getAmount() {
		return CurrencyAmounts.scaled(amount, currency);
	}

	public String getCurrency() {
		return currency;
	}

	public Money getCreditedUsd() {
		return creditedUsd;
	}

	public String getBankReference() {
		return bankReference;
	}

	public boolean isOverpayment() {
		return overpayment;
	}

	public String getNote() {
		return note;
	}

	public Long getLedgerEntryId() {
		return ledgerEntryId;
	}

	public boolean isReversed() {
		return reversed;
	}

	public String getReversalReason() {
		return reversalReason;
	}

	public Instant getReversedAt() {
		return reversedAt;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	/** @return the fund's own reference when the contribution came from a history import, else {@code null} */
	public String getImportedRef() {
		return importedRef;
	}
}
