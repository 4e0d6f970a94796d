package org.trustfund.ledger;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * The fund's money, for every feature: each method appends one entry to the append-only ledger and
 * updates the running totals in the same transaction, or refuses and records nothing.
 * <p>
 * Every posting first locks the fund's totals row ({@code select ... for update}), so two postings never
 * interleave: two commitments that together exceed the available balance cannot both succeed. Who posted
 * is the logged-in user, or {@code system} for a process. Each method returns the new entry's id.
 */
@NamedInterface("api")
@Service
public class FundLedger {

	private final LedgerEntries entries;
	private final FundBalances balances;
	private final YearTotals years;
	private final DonorYearTotals donorYears;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final EntityManager entityManager;

	FundLedger(LedgerEntries entries, FundBalances balances, YearTotals years, DonorYearTotals donorYears,
			ApplicationEventPublisher events, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.entries = entries;
		this.balances = balances;
		this.years = years;
		this.donorYears = donorYears;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Books money paid in. Called by the donors feature when a contribution is recorded.
	 * @throws ConflictException if this bank reference was booked before
	 */
	@Transactional
	public long receive(ContributionCredit credit) {
		LedgerRules.positive("creditedUsd", credit.creditedUsd());
		String bankRef = LedgerRules.text("bankReference", credit.bankReference());
		FundBalance fund = lockTheFund();
		String key = "contribution:" + bankRef.toUpperCase(java.util.Locale.ROOT);
		requireFirst(key, new ValidationException.Keyed("conflict.contribution.duplicate", "A contribution with bank reference "
				+ bankRef + " is already recorded", bankRef));
		return append(fund, Posting.of(EntryType.CONTRIBUTION_RECEIVED, credit.creditedUsd().amount(),
				credit.receivedOn(), LedgerRules.text("reason", credit.reason()))
			.reference(bankRef, key).donor(credit.donorId(), credit.donorGroup(), credit.contributionId()), null);
	}

	/**
	 * Commits money to a grant (a Board award). Paid or not, committed money is no longer available.
	 * @throws InsufficientFundsException (409) when the available balance is short, with both amounts
	 */
	@Transactional
	public long commit(String grantRef, Money amount, String reason) {
		return commit(grantRef, amount, reason, today());
	}

	/**
	 * Like {@link #commit(String, Money, String)} with the award's own value date, for a grant awarded before the
	 * fund adopted the system (history import): per-year figures count it in the year it was awarded.
	 * @param awardedOn the entry's value date (UTC day of the award)
	 * @throws InsufficientFundsException (409) when the available balance (today) is short
	 * @throws ValidationException when {@code awardedOn} is missing
	 */
	@Transactional
	public long commit(String grantRef, Money amount, String reason, LocalDate awardedOn) {
		GrantMove move = GrantMove.check(grantRef, amount, "awardedOn", awardedOn, "reason", reason);
		FundBalance fund = lockTheFund();
		LedgerRules.commit(fund.totals(), move.grant(), amount);
		return append(fund, Posting.of(EntryType.GRANT_COMMITTED, amount.amount(), awardedOn, move.text())
			.grant(move.grant()), null);
	}

	/**
	 * Gives back (part of) a grant's commitment that will not be paid out, e.g. a declined grant.
	 * Publishes {@link FundsReturned} in the same transaction.
	 * @throws ValidationException when more than the grant's committed-and-unpaid money is released
	 */
	@Transactional
	public long release(String grantRef, Money amount, String reason) {
		return release(grantRef, amount, reason, today());
	}

	/**
	 * Like {@link #release(String, Money, String)} with its own value date, for a grant closed before the fund
	 * adopted the system (history import): the unspent rest returned on the day the grant closed.
	 * @param releasedOn the entry's value date (UTC day)
	 */
	@Transactional
	public long release(String grantRef, Money amount, String reason, LocalDate releasedOn) {
		GrantMove move = GrantMove.check(grantRef, amount, "releasedOn", releasedOn, "reason", reason);
		FundBalance fund = lockTheFund();
		GrantPosition position = position(move.grant());
		LedgerRules.release(position, amount);
		long id = append(fund, Posting.of(EntryType.COMMITMENT_RELEASED, amount.negated(), releasedOn, move.text())
			.grant(move.grant()), position);
		events.publishEvent(new FundsReturned(move.grant(), amount, EntryType.COMMITMENT_RELEASED, id));
		return id;
	}

	/**
	 * Records a payment to a grantee against the grant's commitment, with the payment's date as the entry's
	 * value date. The same bank reference for the same grant is refused, so a retried payment is never
	 * counted twice.
	 * @throws ValidationException when the payment exceeds the grant's committed-and-unpaid money, or
	 *         {@code paidOn} is missing
	 * @throws ConflictException when this bank reference was recorded for this grant
	 */
	@Transactional
	public long disburse(String grantRef, Money amount, String bankRef, LocalDate paidOn) {
		GrantMove move = GrantMove.check(grantRef, amount, "paidOn", paidOn, "bankReference", bankRef);
		String grant = move.grant();
		String ref = move.text();
		FundBalance fund = lockTheFund();
		String key = "disbursement:" + grant + ":" + ref;
		requireFirst(key, new ValidationException.Keyed("conflict.ledger.paymentDuplicate", "Grant " + grant
				+ " already has a payment with bank reference " + ref, grant, ref));
		GrantPosition position = position(grant);
		LedgerRules.disburse(position, amount);
		return append(fund, Posting.of(EntryType.DISBURSEMENT_PAID, amount.amount(), paidOn,
				"Disbursement to grant " + grant).grant(grant).reference(ref, key), position);
	}

	/**
	 * Records unspent grant money returned by a grantee; it becomes available again. The entry's value
	 * date is the day the money was received. Publishes {@link FundsReturned} in the same transaction.
	 * @throws ValidationException when more is refunded than the grant was paid, or {@code receivedOn} is missing
	 * @throws ConflictException when this reference was recorded for this grant
	 */
	@Transactional
	public long refund(String grantRef, Money amount, String reference, LocalDate receivedOn) {
		GrantMove move = GrantMove.check(grantRef, amount, "receivedOn", receivedOn, "reference", reference);
		String grant = move.grant();
		String ref = move.text();
		FundBalance fund = lockTheFund();
		String key = "refund:" + grant + ":" + ref;
		requireFirst(key, new ValidationException.Keyed("conflict.ledger.refundDuplicate", "Grant " + grant
				+ " already has a refund with reference " + ref, grant, ref));
		GrantPosition position = position(grant);
		LedgerRules.refund(position, amount);
		long id = append(fund, Posting.of(EntryType.REFUND_RECEIVED, amount.amount(), receivedOn,
				"Refund from grant " + grant).grant(grant).reference(ref, key), position);
		events.publishEvent(new FundsReturned(grant, amount, EntryType.REFUND_RECEIVED, id));
		return id;
	}

	/**
	 * Sets the operating reserve (money kept back from new grants) to {@code level}; the entry holds the change.
	 * @throws InsufficientFundsException when the available balance cannot cover a higher reserve
	 * @throws ValidationException when the reserve is already at {@code level} (no entry of zero is written)
	 */
	@Transactional
	public long setOperatingReserve(Money level, String reason) {
		if (level == null) {
			throw ValidationException.keyed("amount", "error.reserve.missing", "Give the new operating reserve");
		}
		String why = LedgerRules.text("reason", reason);
		FundBalance fund = lockTheFund();
		BigDecimal change = LedgerRules.reserveChange(fund.totals(), level);
		return append(fund, Posting.of(EntryType.OPERATING_RESERVE_SET, change, today(),
				why + " (reserve set to " + level.format() + ")"), null);
	}

	/**
	 * Sets the operating reserve to {@code level} as of a past day, for a fund's history: as
	 * {@link #setOperatingReserve(Money, String)}, but the entry's value date is {@code valueDate} and the
	 * fund's own {@code reference} is booked once only (the check of the available balance uses today's totals).
	 * @throws ValidationException when {@code valueDate} is missing, after today (UTC) or before the day the
	 *         reserve was last set (levels are recorded oldest first), or the reserve is already at {@code level}
	 * @throws InsufficientFundsException when the available balance cannot cover a higher reserve
	 * @throws ConflictException when this reference was booked before
	 */
	@Transactional
	public long setOperatingReserve(Money level, String reason, LocalDate valueDate, String reference) {
		if (level == null) {
			throw ValidationException.keyed("amount", "error.reserve.missing", "Give the new operating reserve");
		}
		LedgerRules.date("valueDate", valueDate);
		if (valueDate.isAfter(today())) {
			throw ValidationException.keyed("valueDate", "error.ledger.valueDateFuture", "The value date cannot be in the future");
		}
		String why = LedgerRules.text("reason", reason);
		String ref = LedgerRules.text("reference", reference);
		FundBalance fund = lockTheFund();
		LocalDate last = entries.lastValueDate(EntryType.OPERATING_RESERVE_SET);
		if (last != null && valueDate.isBefore(last)) {
			throw ValidationException.keyed("valueDate", "error.reserve.beforeLastSet", "The operating reserve was last set on "
					+ last + "; a level from an earlier day would rewrite the reserve of the days between", last.toString());
		}
		String key = operatingReserveKey(ref);
		requireFirst(key, new ValidationException.Keyed("conflict.ledger.reserveDuplicate", "An operating reserve with reference "
				+ ref + " is already recorded", ref));
		BigDecimal change = LedgerRules.reserveChange(fund.totals(), level);
		return append(fund, Posting.of(EntryType.OPERATING_RESERVE_SET, change, valueDate,
				why + " (reserve set to " + level.format() + ")").reference(ref, key), null);
	}

	/**
	 * @return whether a contribution with this bank reference (ignoring case) was booked; one indexed look-up
	 *         of the posting's idempotency key
	 */
	@Transactional(readOnly = true)
	public boolean contributionBooked(String bankReference) {
		return entries.existsByIdempotencyKey("contribution:" + bankReference.strip().toUpperCase(java.util.Locale.ROOT));
	}

	/** @return the value date of the latest change of the operating reserve, or {@code null} if it never changed */
	@Transactional(readOnly = true)
	public LocalDate operatingReserveLastSetOn() {
		return entries.lastValueDate(EntryType.OPERATING_RESERVE_SET);
	}

	/** @return whether an operating reserve with the fund's own {@code reference} was booked (ignoring case) */
	@Transactional(readOnly = true)
	public boolean operatingReserveRecorded(String reference) {
		return entries.existsByIdempotencyKey(operatingReserveKey(reference.strip()));
	}

	private static String operatingReserveKey(String reference) {
		return "operating-reserve:" + reference.toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * Reverses one entry with a correcting entry of the opposite amount; nothing is edited or deleted.
	 * Publishes {@link LedgerEntryCorrected} in the same transaction.
	 * @throws ConflictException when the entry is a correction, was corrected already, or its reversal
	 *         would make the available balance negative or a grant inconsistent
	 */
	@Transactional
	public long correct(long entryId, String reason) {
		String why = LedgerRules.text("reason", reason);
		FundBalance fund = lockTheFund();
		LedgerEntry original = entries.findById(entryId)
			.orElseThrow(() -> NotFoundException.keyed("notFound.ledgerEntry", "No ledger entry " + entryId, String.valueOf(entryId)));
		Posting reversal = Posting.reversing(original, "Correction of entry " + entryId + ": " + why);
		GrantPosition position = original.getGrantRef() == null ? null : position(original.getGrantRef());
		LedgerRules.correction(original, entries.existsByCorrectsEntryId(entryId),
				fund.totals().plus(reversal.bucket(), reversal.amount()),
				position == null ? null : position.plus(reversal.bucket(), reversal.amount()));
		long id = append(fund, reversal, position);
		events.publishEvent(new LedgerEntryCorrected(entryId, id, original.getType(), original.getContributionId(),
				original.getGrantRef(), why));
		return id;
	}

	/**
	 * Takes the posting lock now, for a caller that changes its own records (a contribution, a pledge)
	 * before it posts: every transaction then takes its locks in the same order, the fund first.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockForPosting() {
		lockTheFund();
	}

	/** The running totals: one row, whatever the number of entries. */
	@Transactional(readOnly = true)
	public FundTotals balances() {
		return balances.findById(FundBalance.THE_FUND).orElseThrow().totals();
	}

	/** What the Board may still commit to new grants. */
	@Transactional(readOnly = true)
	public Money available() {
		return Money.of(balances().available().max(BigDecimal.ZERO));
	}

	/**
	 * The id of the newest entry that brought money in (a contribution, a refund, a released commitment), 0 when
	 * none: a process that remembers it can tell new money from money it has already seen.
	 */
	@Transactional(readOnly = true)
	public long lastMoneyIn() {
		return entries.lastOfType(java.util.EnumSet.of(EntryType.CONTRIBUTION_RECEIVED, EntryType.REFUND_RECEIVED,
				EntryType.COMMITMENT_RELEASED));
	}

	/**
	 * The fund's totals row, locked ({@code select ... for update}) for the rest of the transaction. The row
	 * is locked once per transaction and persistence context: while it stays managed with its lock, a later
	 * posting of the same transaction (e.g. the next row of a history import) takes it from the persistence
	 * context without another round trip; after the context is cleared it is selected for update again.
	 */
	private FundBalance lockTheFund() {
		return entityManager.find(FundBalance.class, FundBalance.THE_FUND, LockModeType.PESSIMISTIC_WRITE,
				Map.of("jakarta.persistence.lock.timeout", 30_000));
	}

	private long append(FundBalance fund, Posting posting, GrantPosition position) {
		LedgerRules.requireConsistent(fund.totals().plus(posting.bucket(), posting.amount()),
				position == null ? null : position.plus(posting.bucket(), posting.amount()));
		LedgerEntry entry = entries.save(new LedgerEntry(posting, CurrentUser.username(), clock.instant()));
		fund.add(entry);
		YearTotal.Key key = YearTotal.Key.of(entry);
		years.findById(key).orElseGet(() -> years.save(new YearTotal(key))).add(entry.getAmount());
		DonorYearTotal.Key donorKey = DonorYearTotal.Key.of(entry);
		if (donorKey != null) {
			donorYears.findById(donorKey).orElseGet(() -> donorYears.save(new DonorYearTotal(donorKey)))
				.add(entry.getAmount());
		}
		return entry.getId();
	}

	/** Refuses a posting whose key (a bank or refund reference) was booked before: a retry never counts twice. */
	private void requireFirst(String idempotencyKey, ValidationException.Keyed conflict) {
		if (entries.existsByIdempotencyKey(idempotencyKey)) {
			throw ConflictException.keyed(conflict.key(), conflict.english(), conflict.args());
		}
	}

	/**
	 * What every posting to a grant checks before it takes the lock, in the order the fields are reported: the
	 * grant's reference, the amount, the value date ({@code dateField}) and the reason or reference
	 * ({@code textField}), stripped.
	 */
	private record GrantMove(String grant, String text) {

		static GrantMove check(String grantRef, Money amount, String dateField, LocalDate date, String textField,
				String text) {
			String grant = LedgerRules.text("grantRef", grantRef);
			LedgerRules.positive("amount", amount);
			LedgerRules.date(dateField, date);
			return new GrantMove(grant, LedgerRules.text(textField, text));
		}
	}

	/**
	 * @param grantRef a grant's reference ({@code G-12})
	 * @return the sums of its entries by bucket, zero for a grant the ledger does not know
	 */
	@Transactional(readOnly = true)
	public GrantPosition grantPosition(String grantRef) {
		return position(grantRef);
	}

	private GrantPosition position(String grantRef) {
		GrantPosition position = GrantPosition.none(grantRef);
		for (LedgerEntries.BucketSum sum : entries.sumsForGrant(grantRef)) {
			position = position.plus(sum.getBucket(), sum.getTotal());
		}
		return position;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}
}
