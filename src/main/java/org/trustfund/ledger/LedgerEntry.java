package org.trustfund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One movement of money, never changed nor deleted: a mistake is undone by a correcting entry.
 * {@code amount} is the signed change of {@code bucket}, in US dollars: a {@link BigDecimal}, not {@code Money},
 * because a correction or a release is negative, which {@code Money} refuses.
 */
@Entity
@Immutable
public class LedgerEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private EntryType type;

	@Enumerated(EnumType.STRING)
	private Bucket bucket;

	private BigDecimal amount;
	private LocalDate valueDate;
	private int valueYear;
	private Instant recordedAt;
	private String actor;
	private String reason;
	private String reference;
	private String grantRef;
	private Long donorId;

	@Enumerated(EnumType.STRING)
	private DonorGroup donorGroup;

	private Long contributionId;

	@Column(name = "corrects_entry_id")
	private Long correctsEntryId;

	private String idempotencyKey;

	protected LedgerEntry() {
	}

	LedgerEntry(Posting p, String actor, Instant now) {
		this.type = p.type();
		this.bucket = p.bucket();
		this.amount = p.amount().setScale(2);
		this.valueDate = p.valueDate();
		this.valueYear = p.valueDate().getYear();
		this.recordedAt = now;
		this.actor = actor;
		this.reason = p.reason();
		this.reference = p.reference();
		this.grantRef = p.grantRef();
		this.donorId = p.donorId();
		this.donorGroup = p.donorGroup();
		this.contributionId = p.contributionId();
		this.correctsEntryId = p.correctsEntryId();
		this.idempotencyKey = p.idempotencyKey();
	}

	/** The change this entry makes to the available balance. */
	public BigDecimal availableEffect() {
		return amount.multiply(BigDecimal.valueOf(bucket.availableSign()));
	}

	public Long getId() {
		return id;
	}

	public EntryType getType() {
		return type;
	}

	public Bucket getBucket() {
		return bucket;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public LocalDate getValueDate() {
		return valueDate;
	}

	public int getValueYear() {
		return valueYear;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getActor() {
		return actor;
	}

	public String getReason() {
		return reason;
	}

	public String getReference() {
		return reference;
	}

	public String getGrantRef() {
		return grantRef;
	}

	public Long getDonorId() {
		return donorId;
	}

	public DonorGroup getDonorGroup() {
		return donorGroup;
	}

	public Long getContributionId() {
		return contributionId;
	}

	public Long getCorrectsEntryId() {
		return correctsEntryId;
	}
}
