package org.trustfund.ledger;

import org.trustfund.shared.Money;
import org.trustfund.shared.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/**
 * The money rules, without any database: each check looks at the totals a posting would leave behind.
 * The invariants are: the available balance is never negative, no bucket is negative, and for every
 * grant 0 ≤ refunded ≤ disbursed ≤ committed.
 */
final class LedgerRules {

	private LedgerRules() {
	}

	static Money positive(String field, Money amount) {
		if (amount == null || !amount.isPositive()) {
			throw ValidationException.keyed(field, "error.amount.notPositive", "The amount must be more than zero");
		}
		return amount;
	}

	static LocalDate date(String field, LocalDate valueDate) {
		if (valueDate == null) {
			throw ValidationException.keyed(field, "error.date.missing", "Give the date");
		}
		return valueDate;
	}

	static void commit(FundTotals before, String grantRef, Money amount) {
		Money available = nonNegative(before.available());
		if (amount.isGreaterThan(available)) {
			throw new InsufficientFundsException(new ValidationException.Keyed("funds.what.grant", "committing grant " + grantRef,
					grantRef), amount, available);
		}
	}

	static void release(GrantPosition grant, Money amount) {
		if (amount.amount().compareTo(grant.undisbursed()) > 0) {
			throw ValidationException.keyed("amount", "error.ledger.releaseTooLarge", "Grant " + grant.grantRef() + " has "
					+ usd(grant.undisbursed()) + " committed and not paid out; " + amount.format() + " cannot be released",
					grant.grantRef(), usd(grant.undisbursed()), amount.format());
		}
	}

	static void disburse(GrantPosition grant, Money amount) {
		if (amount.amount().compareTo(grant.undisbursed()) > 0) {
			throw ValidationException.keyed("amount", "error.ledger.disbursementTooLarge", "Grant " + grant.grantRef()
					+ " has " + usd(grant.undisbursed()) + " committed and not paid out; a disbursement of "
					+ amount.format() + " exceeds it", grant.grantRef(), usd(grant.undisbursed()), amount.format());
		}
	}

	/**
	 * The one refund rule (the grant records what the ledger accepts): no more than what the ledger shows as
	 * paid to the grant and not refunded yet. The message is the one the grant's refund form has always shown.
	 * @throws ValidationException ({@code amount}) when the refund exceeds it
	 */
	static void refund(GrantPosition grant, Money amount) {
		if (amount.amount().compareTo(grant.refundable()) > 0) {
			String paid = grant.refundable().setScale(2, RoundingMode.HALF_UP).toPlainString();
			throw ValidationException.keyed("amount", "error.refund.aboveRefundable", "A refund cannot exceed the "
					+ Money.CURRENCY + " " + paid + " paid to the grantee", paid);
		}
	}

	/** The change of the reserve bucket that sets the reserve to {@code level}; never zero (refused). */
	static BigDecimal reserveChange(FundTotals before, Money level) {
		BigDecimal change = level.amount().subtract(before.reserve());
		if (change.signum() == 0) {
			throw ValidationException.keyed("amount", "error.reserve.unchanged", "The operating reserve is already "
					+ level.format() + ": nothing to change", level.format());
		}
		if (before.available().subtract(change).signum() < 0) {
			throw new InsufficientFundsException(new ValidationException.Keyed("funds.what.reserve", "an operating reserve of "
					+ level.format(), level.format()),
					Money.of(change.max(BigDecimal.ZERO)), nonNegative(before.available()));
		}
		return change;
	}

	/** A correction reverses one entry, once, and must leave every total consistent. */
	static void correction(LedgerEntry original, boolean alreadyCorrected, FundTotals after, GrantPosition grantAfter) {
		if (original.getType() == EntryType.CORRECTION) {
			throw ConflictException.keyed("conflict.ledger.correctingCorrection", "Entry " + original.getId()
					+ " is itself a correction; record the right movement as a new entry instead", String.valueOf(original.getId()));
		}
		if (alreadyCorrected) {
			throw ConflictException.keyed("conflict.ledger.alreadyCorrected", "Entry " + original.getId() + " was already corrected",
					String.valueOf(original.getId()));
		}
		if (after.available().signum() < 0) {
			throw ConflictException.keyed("conflict.ledger.correctionAvailable", "Correcting entry " + original.getId()
					+ " would leave the available balance at " + usd(after.available())
					+ ": money committed since then depends on it", String.valueOf(original.getId()), usd(after.available()));
		}
		if (grantAfter != null && !grantAfter.consistent()) {
			throw ConflictException.keyed("conflict.ledger.correctionGrant", "Correcting entry " + original.getId()
					+ " would leave grant " + grantAfter.grantRef()
					+ " with more paid out than committed, or more refunded than paid", String.valueOf(original.getId()),
					grantAfter.grantRef());
		}
		requireConsistent(after, grantAfter);
	}

	/** The safety net under every posting: reaching it means a rule above is missing. */
	static void requireConsistent(FundTotals after, GrantPosition grantAfter) {
		for (Bucket b : Bucket.values()) {
			if (after.get(b).signum() < 0) {
				throw ConflictException.keyed("conflict.ledger.bucketNegative", "The posting would make " + b + " negative",
						ValidationException.Keyed.state("ledger.bucket.", b));
			}
		}
		if (after.available().signum() < 0) {
			throw ConflictException.keyed("conflict.ledger.availableNegative", "The posting would make the available balance negative");
		}
		if (grantAfter != null && !grantAfter.consistent()) {
			throw ConflictException.keyed("conflict.ledger.grantInconsistent", "The posting would leave grant "
					+ grantAfter.grantRef() + " inconsistent", grantAfter.grantRef());
		}
	}

	/** A required text, stripped; reasons may be longer than references. */
	static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			throw ValidationException.keyed(field, "error.required", "This is required");
		}
		String v = value.strip();
		if (v.length() > ("reason".equals(field) ? 1000 : 100)) {
			throw ValidationException.keyed(field, "error.tooLong", "This is too long");
		}
		return v;
	}

	private static Money nonNegative(BigDecimal amount) {
		return Money.of(amount.max(BigDecimal.ZERO));
	}

	private static String usd(BigDecimal amount) {
		return MoneyFormat.text(amount);
	}
}
