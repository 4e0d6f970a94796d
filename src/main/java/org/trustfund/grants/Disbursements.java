package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import org.trustfund.notifications.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.notifications.NotificationService;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/**
 * Money out and back: tranche payments (through the fund manager's disbursement task) and refunds. Both
 * are idempotent by reference: the same bank reference for a grant returns the payment already recorded
 * (and pays nothing) when it matches, and is refused when it does not.
 */
@Service
@NamedInterface("api")
public class Disbursements {

	private final GrantService grants;
	private final Grants grantRepository;
	private final Payments payments;
	private final Refunds refunds;
	private final FundLedger ledger;
	private final NotificationService notifications;
	private final Clock clock;

	Disbursements(GrantService grants, Grants grantRepository, Payments payments, Refunds refunds, FundLedger ledger,
			NotificationService notifications, Clock clock) {
		this.grants = grants;
		this.grantRepository = grantRepository;
		this.payments = payments;
		this.refunds = refunds;
		this.ledger = ledger;
		this.notifications = notifications;
		this.clock = clock;
	}

	public record PaymentOrder(LocalDate paidOn, BigDecimal amount, String bankReference) {

		public PaymentOrder {
			bankReference = bankReference == null ? "" : bankReference.strip();
		}
	}

	/** The payment already recorded under this bank reference, if it matches the order exactly. */
	@Transactional(readOnly = true)
	public Optional<Payment> replay(long grantId, PaymentOrder order) {
		return payments.findByGrantIdAndBankReference(grantId, order.bankReference()).map(p -> {
			if (order.amount() == null || p.getAmount().amount().compareTo(order.amount()) != 0
					|| order.paidOn() != null && !order.paidOn().equals(p.getPaidOn())) {
				throw ConflictException.keyed("conflict.payment.otherAmount", "Bank reference " + order.bankReference()
						+ " was recorded for another payment of " + Money.CURRENCY + " " + p.getAmount() + " on "
						+ p.getPaidOn(), order.bankReference(), String.valueOf(p.getAmount()), String.valueOf(p.getPaidOn()));
			}
			return p;
		});
	}

	/**
	 * Pays the grant's next tranche; called when the fund manager completes the disbursement task. The
	 * ledger entry's value date is {@code order.paidOn()}.
	 * @throws ValidationException per field: no date, a date before the award or after today (UTC), no
	 *         reference, an amount above the tranche or what remains
	 */
	@Transactional
	public Payment pay(long grantId, PaymentOrder order, String actor) {
		validate(order);
		Optional<Payment> earlier = replay(grantId, order);
		if (earlier.isPresent()) {
			throw ConflictException.keyed("conflict.payment.recorded", "This payment (bank reference " + order.bankReference()
					+ ") is already recorded", order.bankReference());
		}
		Grant g = grants.get(grantId);
		requireNoOverdueReport(g);
		if (order.paidOn().isAfter(LocalDate.now(clock))) {
			throw ValidationException.keyed("paidOn", "error.payment.future", "A payment cannot be dated in the future");
		}
		Tranche t = g.pay(Money.of(order.amount()), order.paidOn());
		long entry = ledger.disburse(g.getGrantRef(), Money.of(order.amount()), order.bankReference(), order.paidOn());
		Payment p = payments.save(new Payment(grantId, t.getNumber(), order.paidOn(), Money.of(order.amount()),
				order.bankReference(), entry, actor, clock.instant()));
		notifications.notifyOrganisation(g.getOrganisationId(), Text.of("notice.tranche.paid", t.getNumber()),
				Text.of("notice.tranche.paid.body", order.amount(), g.getGrantRef(), order.bankReference()),
				GrantPaths.path(grantId, g.getGrantRef()));
		return p;
	}

	/** Why no tranche of the grant can be paid now, as the error a payment would get. */
	@Transactional(readOnly = true)
	public void requirePayable(long grantId) {
		Grant g = grants.get(grantId);
		requireNoOverdueReport(g);
		g.checkPayable();
	}

	/**
	 * Records money the grantee returned. {@code receivedOn} (the ledger entry's value date) defaults to
	 * today; it cannot be in the future nor before the award. The same reference and amount again returns
	 * the refund already recorded.
	 * @throws ValidationException per field ({@code amount}, {@code reference}, {@code receivedOn})
	 * @throws ConflictException when the reference was recorded for another amount
	 */
	@Transactional
	public Refund refund(long grantId, BigDecimal amount, LocalDate receivedOn, String reference, String actor) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		LocalDate on = receivedOn == null ? today : receivedOn;
		if (on.isAfter(today)) {
			throw ValidationException.keyed("receivedOn", "error.received.future", "The date received cannot be in the future");
		}
		String ref = reference == null ? "" : reference.strip();
		if (ref.isEmpty() || ref.length() > 100) {
			throw ValidationException.keyed("reference", "error.refund.reference", "Give the bank reference of the returned money");
		}
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw ValidationException.keyed("amount", "error.amount.usdTwoDecimals", "Give a positive amount in " + Money.CURRENCY
					+ " with at most two decimals");
		}
		Optional<Refund> earlier = refunds.findByGrantIdAndReference(grantId, ref);
		if (earlier.isPresent()) {
			if (earlier.get().getAmount().amount().compareTo(amount) == 0) {
				return earlier.get();
			}
			throw ConflictException.keyed("conflict.refund.otherAmount", "Reference " + ref + " was recorded for another refund", ref);
		}
		Grant g = grants.get(grantId);
		g.refund(Money.of(amount), on);
		long entry = ledger.refund(g.getGrantRef(), Money.of(amount), ref, on);
		return refunds.save(new Refund(grantId, Money.of(amount), on, ref, entry, actor, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Payment> paymentsOf(long grantId) {
		return payments.findByGrantIdOrderByIdAsc(grantId);
	}

	@Transactional(readOnly = true)
	public List<Refund> refundsOf(long grantId) {
		return refunds.findByGrantIdOrderByIdAsc(grantId);
	}

	private void requireNoOverdueReport(Grant g) {
		if (grantRepository.hasOverdueReport(g.getOrganisationId())) {
			throw ConflictException.keyed("conflict.payment.reportOverdue", "A report of this NGO's grants is overdue: no "
					+ "tranche can be paid until it is submitted");
		}
	}

	private static void validate(PaymentOrder order) {
		if (order.paidOn() == null) {
			throw ValidationException.keyed("paidOn", "error.payment.date", "Give the payment date");
		}
		if (order.bankReference().isEmpty() || order.bankReference().length() > 100) {
			throw ValidationException.keyed("bankReference", "error.payment.reference", "Give the bank's reference of the payment");
		}
		if (order.amount() == null || order.amount().signum() <= 0 || order.amount().stripTrailingZeros().scale() > 2) {
			throw ValidationException.keyed("amount", "error.amount.usdTwoDecimals", "Give a positive amount in " + Money.CURRENCY
					+ " with at most two decimals");
		}
	}
}
