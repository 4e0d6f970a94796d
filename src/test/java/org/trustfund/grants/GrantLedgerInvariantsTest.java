package org.trustfund.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/** The grant's money agrees with the fund ledger, and a payment is never counted twice. */
@IntegrationTest
class GrantLedgerInvariantsTest {

	@Autowired GrantFixtures fixtures;
	@Autowired GrantService grants;
	@Autowired Disbursements disbursements;
	@Autowired FundLedger ledger;
	@Autowired JdbcTemplate jdbc;

	@Test
	void perGrantDisbursedNeverExceedsCommittedAndMatchesTheLedger() {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("20000.00", 12);
		fixtures.accept(a);
		assertThatThrownBy(() -> disbursements.pay(a.grantId(),
				new Disbursements.PaymentOrder(LocalDate.now(), new BigDecimal("20000.01"), "OVER-" + a.grantId()), fm))
			.isInstanceOf(ValidationException.class);
		fixtures.pay(a, fm, "20000.00", "ALL-" + a.grantId());

		Grant g = grants.get(a.grantId());
		assertThat(g.getDisbursed()).isLessThanOrEqualTo(g.getAmount());
		assertThat(ledgerSum(a.grantRef(), "DISBURSEMENT_PAID")).isEqualByComparingTo(g.getDisbursed().amount());
		assertThat(ledgerSum(a.grantRef(), "GRANT_COMMITTED")).isEqualByComparingTo(g.getAmount().amount());
		assertThat(jdbc.queryForObject("select sum(amount) from grant_payment where grant_id = ?", BigDecimal.class,
				a.grantId())).isEqualByComparingTo(g.getDisbursed().amount());
	}

	@Test
	void refundsReturnToTheAvailableBalance() {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("20000.00", 12);
		fixtures.accept(a);
		fixtures.pay(a, fm, "20000.00", "R-" + a.grantId());
		Money before = ledger.available();
		disbursements.refund(a.grantId(), new BigDecimal("2500.50"), null, "BACK-" + a.grantId(), fm);
		assertThat(ledger.available()).isEqualTo(before.plus(Money.of("2500.50")));
		assertThatThrownBy(() -> disbursements.refund(a.grantId(), new BigDecimal("17500.00"), null, "BACK2-" + a.grantId(), fm))
			.isInstanceOf(ValidationException.class);
		assertThat(ledger.available()).isEqualTo(before.plus(Money.of("2500.50")));
	}

	@Test
	void aDoubleSubmittedDisbursementPaysOnce() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("20000.00", 12);
		fixtures.accept(a);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Callable<Boolean>> twice = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			twice.add(() -> {
				try {
					fixtures.pay(a, fm, "20000.00", "TWICE-" + a.grantId());
					return true;
				}
				catch (RuntimeException | AssertionError e) {
					return false;
				}
			});
		}
		int paid = 0;
		for (Future<Boolean> f : pool.invokeAll(twice)) {
			paid += f.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(paid).isEqualTo(1);
		assertThat(grants.get(a.grantId()).getDisbursed()).isEqualByComparingTo(Money.of("20000.00"));
		assertThat(ledgerSum(a.grantRef(), "DISBURSEMENT_PAID")).isEqualByComparingTo("20000.00");
		assertThatThrownBy(() -> disbursements.pay(a.grantId(),
				new Disbursements.PaymentOrder(LocalDate.now(), new BigDecimal("20000.00"), "TWICE-" + a.grantId()), fm))
			.isInstanceOf(ConflictException.class);
	}

	private BigDecimal ledgerSum(String grantRef, String type) {
		BigDecimal sum = jdbc.queryForObject("select sum(amount) from ledger_entry where grant_ref = ? and type = ?",
				BigDecimal.class, grantRef, type);
		return sum == null ? BigDecimal.ZERO : sum;
	}

	@Autowired GrantReconciliation reconciliation;

	@Test
	void theReconciliationFindsAGrantWhoseFiguresNoLongerMatchTheLedger() {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("30000.00", 12);
		fixtures.accept(a);
		fixtures.pay(a, fm, "12000.00", "REC-" + a.grantId());
		disbursements.refund(a.grantId(), new BigDecimal("1000.00"), null, "REC-BACK-" + a.grantId(), fm);
		assertThat(reconciliation.check().mismatches()).extracting(GrantReconciliation.Mismatch::grantRef)
			.doesNotContain(a.grantRef());

		// a grant's copy changed behind the ledger's back (a manual database edit) is reported with both figures
		jdbc.update("update fund_grant set disbursed = disbursed + 1 where id = ?", a.grantId());
		GrantReconciliation.Result result = reconciliation.check();
		assertThat(result.matches()).isFalse();
		assertThat(result.grants()).isPositive();
		GrantReconciliation.Mismatch m = result.mismatches().stream().filter(x -> x.grantRef().equals(a.grantRef()))
			.findFirst().orElseThrow();
		assertThat(m.grant().get(1)).isEqualByComparingTo("12001.00");
		assertThat(m.ledger().get(1)).isEqualByComparingTo("12000.00");
		assertThat(m.grant().get(0)).isEqualByComparingTo(m.ledger().get(0));
		assertThat(m.grant().get(2)).isEqualByComparingTo("1000.00");
		jdbc.update("update fund_grant set disbursed = disbursed - 1 where id = ?", a.grantId());
		assertThat(reconciliation.check().mismatches()).extracting(GrantReconciliation.Mismatch::grantRef)
			.doesNotContain(a.grantRef());
	}
}
