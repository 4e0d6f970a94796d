package org.trustfund.ledger;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

class LedgerRulesTest {

	static final FundTotals PAID_1000 = FundTotals.ZERO.plus(Bucket.PAID_IN, new BigDecimal("1000.00"));

	@Test
	void availableIsPaidInMinusCommittedPlusRefundsMinusReserve() {
		FundTotals t = PAID_1000.plus(Bucket.COMMITTED, new BigDecimal("600"))
			.plus(Bucket.DISBURSED, new BigDecimal("400"))
			.plus(Bucket.REFUNDED, new BigDecimal("50"))
			.plus(Bucket.RESERVE, new BigDecimal("100"));
		assertThat(t.available()).isEqualByComparingTo("350.00");
	}

	@Test
	void commitsUpToTheWholeAvailableBalance() {
		assertThatNoException().isThrownBy(() -> LedgerRules.commit(PAID_1000, "G-1", Money.of(1000)));
	}

	@Test
	void refusesACommitmentBeyondTheAvailableBalanceWithBothAmounts() {
		assertThatThrownBy(() -> LedgerRules.commit(PAID_1000, "G-1", Money.of("1000.01")))
			.isInstanceOf(InsufficientFundsException.class)
			.hasMessageContaining("USD 1,000.01").hasMessageContaining("USD 1,000.00").hasMessageContaining("G-1");
	}

	@Test
	void refusesZeroAmounts() {
		assertThatThrownBy(() -> LedgerRules.positive("amount", Money.ZERO)).isInstanceOf(ValidationException.class);
	}

	@Test
	void disbursesOnlyWhatIsCommittedAndUnpaid() {
		GrantPosition g = new GrantPosition("G-1", new BigDecimal("500"), new BigDecimal("300"), BigDecimal.ZERO);
		assertThatNoException().isThrownBy(() -> LedgerRules.disburse(g, Money.of(200)));
		assertThatThrownBy(() -> LedgerRules.disburse(g, Money.of("200.01"))).isInstanceOf(ValidationException.class)
			.hasMessageContaining("USD 200.00");
	}

	@Test
	void releasesOnlyTheUndisbursedPartOfACommitment() {
		GrantPosition g = new GrantPosition("G-1", new BigDecimal("500"), new BigDecimal("300"), BigDecimal.ZERO);
		assertThatThrownBy(() -> LedgerRules.release(g, Money.of(201))).isInstanceOf(ValidationException.class);
		assertThatNoException().isThrownBy(() -> LedgerRules.release(g, Money.of(200)));
	}

	@Test
	void refundsNoMoreThanWasPaidOut() {
		GrantPosition g = new GrantPosition("G-1", new BigDecimal("500"), new BigDecimal("300"), new BigDecimal("100"));
		assertThatNoException().isThrownBy(() -> LedgerRules.refund(g, Money.of(200)));
		assertThatThrownBy(() -> LedgerRules.refund(g, Money.of(201))).isInstanceOf(ValidationException.class);
	}

	/** The one refund rule (the grant records what the ledger accepts) says what the refund form always said. */
	@Test
	void refusesARefundBeyondWhatWasPaidOnTheAmountWithWhatIsLeftToRefund() {
		GrantPosition g = new GrantPosition("G-1", new BigDecimal("5000.00"), new BigDecimal("3000.00"),
				new BigDecimal("1000.00"));
		assertThatThrownBy(() -> LedgerRules.refund(g, Money.of("2000.01")))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
				.containsOnly(java.util.Map.entry("amount", "A refund cannot exceed the USD 2000.00 paid to the grantee")));
	}

	@Test
	void aHigherReserveNeedsAvailableMoneyAndALowerOneAlwaysFits() {
		FundTotals t = PAID_1000.plus(Bucket.RESERVE, new BigDecimal("100"));
		assertThat(LedgerRules.reserveChange(t, Money.of(1000))).isEqualByComparingTo("900");
		assertThat(LedgerRules.reserveChange(t, Money.ZERO)).isEqualByComparingTo("-100");
		assertThatThrownBy(() -> LedgerRules.reserveChange(t, Money.of("1000.01")))
			.isInstanceOf(InsufficientFundsException.class);
	}

	@Test
	void theSafetyNetRefusesANegativeAvailableBalanceOrBucket() {
		assertThatThrownBy(() -> LedgerRules.requireConsistent(
				PAID_1000.plus(Bucket.COMMITTED, new BigDecimal("1000.01")), null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> LedgerRules.requireConsistent(
				PAID_1000.plus(Bucket.DISBURSED, new BigDecimal("-1")), null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> LedgerRules.requireConsistent(PAID_1000,
				new GrantPosition("G", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)))
			.isInstanceOf(ConflictException.class);
	}
}
