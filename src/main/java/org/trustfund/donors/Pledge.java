package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/**
 * A donor's promise to pay an amount in its currency by an expected date. Payments against it move it
 * from open to partly paid to paid; a pledge that will not be paid is written off with a reason.
 * <p>
 * {@code amount} and {@code paidAmount} stay {@link BigDecimal}, not {@code Money}: they are in the pledge's own
 * {@code currency} (EUR, JPY with no decimals...), not in the fund's US dollars; what a payment adds to the fund is
 * the contribution's {@code creditedUsd}, which is {@code Money}.
 */
@Entity
@NamedInterface("api")
public class Pledge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long donorId;
	private BigDecimal amount;
	private String currency;
	private BigDecimal paidAmount;
	private LocalDate expectedOn;
	private String earmark;

	@Enumerated(EnumType.STRING)
	private PledgeStatus status;

	private String writeOffReason;
	private String writtenOffBy;
	private Instant writtenOffAt;
	private String followUpNote;
	private Instant createdAt;
	private String createdBy;
	private String importedRef;

	@Version
	private long version;

	protected Pledge() {
	}

	Pledge(long donorId, BigDecimal amount, String currency, LocalDate expectedOn, String earmark, String actor,
			Instant now) {
		this.donorId = donorId;
		this.amount = amount;
		this.currency = currency;
		this.paidAmount = BigDecimal.ZERO;
		this.expectedOn = expectedOn;
		this.earmark = earmark;
		this.status = PledgeStatus.OPEN;
		this.createdBy = actor;
		this.createdAt = now;
	}

	/**
	 * Marks a pledge brought in by a history import with the fund's own reference; a pledge the file says was
	 * paid counts as fully paid (its payments are not in the fund's books).
	 */
	void imported(String reference, boolean paid) {
		this.importedRef = reference;
		if (paid) {
			this.paidAmount = amount;
			this.status = PledgeStatus.PAID;
		}
	}

	/** What is still expected, in the pledge's currency; never negative. */
	public BigDecimal remaining() {
		return CurrencyAmounts.scaled(amount.subtract(paidAmount).max(BigDecimal.ZERO), currency);
	}

	/**
	 * Counts a payment in the pledge's currency. More than what remains is refused unless the fund manager
	 * explicitly accepts an over-payment.
	 * @return true if the payment settles the pledge
	 */
	boolean recordPayment(BigDecimal payment, boolean overpaymentAccepted) {
		requireOutstanding(ValidationException.Keyed.word("action.pledge.paid", "paid"));
		if (payment.compareTo(remaining()) > 0 && !overpaymentAccepted) {
			throw ValidationException.keyed("amount", "error.pledge.overpaid", "Only " + currency + " "
					+ remaining().toPlainString() + " remains on this pledge; confirm the over-payment to record more",
					currency, remaining().toPlainString());
		}
		paidAmount = paidAmount.add(payment);
		status = paidAmount.compareTo(amount) >= 0 ? PledgeStatus.PAID : PledgeStatus.PARTLY_PAID;
		return status == PledgeStatus.PAID;
	}

	/**
	 * A payment was reversed in the ledger. A written-off pledge stays written off.
	 * @return true if the pledge is outstanding again after having been paid
	 */
	boolean reversePayment(BigDecimal payment) {
		boolean wasPaid = status == PledgeStatus.PAID;
		paidAmount = paidAmount.subtract(payment).max(BigDecimal.ZERO);
		if (status != PledgeStatus.WRITTEN_OFF) {
			status = paidAmount.compareTo(amount) >= 0 ? PledgeStatus.PAID
					: paidAmount.signum() > 0 ? PledgeStatus.PARTLY_PAID : PledgeStatus.OPEN;
		}
		return wasPaid && status.isOutstanding();
	}

	void writeOff(String reason, String actor, Instant now) {
		requireOutstanding(ValidationException.Keyed.word("action.pledge.writtenOff", "written off"));
		this.status = PledgeStatus.WRITTEN_OFF;
		this.writeOffReason = reason;
		this.writtenOffBy = actor;
		this.writtenOffAt = now;
	}

	/** The donor was contacted and gave a new date; the follow-up waits for it. */
	void reschedule(LocalDate newDate, String note, LocalDate today) {
		requireOutstanding(ValidationException.Keyed.word("action.pledge.rescheduled", "rescheduled"));
		if (newDate == null || !newDate.isAfter(today)) {
			throw ValidationException.keyed("newExpectedDate", "error.pledge.newDate", "Give a new expected date after today");
		}
		this.expectedOn = newDate;
		this.followUpNote = note;
	}

	private void requireOutstanding(ValidationException.Keyed action) {
		if (!status.isOutstanding()) {
			String state = status.name().toLowerCase().replace('_', ' ');
			throw ConflictException.keyed("conflict.pledge.state", "Pledge " + id + " is " + state + " and cannot be "
					+ action.english(), String.valueOf(id), new ValidationException.Keyed("pledge.status." + status.name(), state),
					action);
		}
	}

	public Long getId() {
		return id;
	}

	public Long getDonorId() {
		return donorId;
	}

	public BigDecimal getAmount() {
		return CurrencyAmounts.scaled(amount, currency);
	}

	public String getCurrency() {
		return currency;
	}

	public BigDecimal getPaidAmount() {
		return CurrencyAmounts.scaled(paidAmount, currency);
	}

	public LocalDate getExpectedOn() {
		return expectedOn;
	}

	public String getEarmark() {
		return earmark;
	}

	public PledgeStatus getStatus() {
		return status;
	}

	public String getWriteOffReason() {
		return writeOffReason;
	}

	public String getWrittenOffBy() {
		return writtenOffBy;
	}

	public Instant getWrittenOffAt() {
		return writtenOffAt;
	}

	public String getFollowUpNote() {
		return followUpNote;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	/** @return the fund's own reference when the pledge came from a history import, else {@code null} */
	public String getImportedRef() {
		return importedRef;
	}
}
