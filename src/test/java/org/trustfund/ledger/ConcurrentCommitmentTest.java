package org.trustfund.ledger;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorService;
import org.trustfund.shared.ConflictException;

/** Many threads at once against the real database: money is never over-committed nor counted twice. */
@IntegrationTest
class ConcurrentCommitmentTest {

	private static final int THREADS = 20;

	@Autowired
	FundLedger ledger;
	@Autowired
	LedgerReports reports;
	@Autowired
	ContributionService contributions;
	@Autowired
	DonorService donors;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void concurrentCommitmentsNeverExceedTheAvailableBalance() throws Exception {
		LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "10000.00");
		BigDecimal available = ledger.balances().available();
		// Each asks for available / 7.5: seven fit, the eighth would not.
		Money each = Money.of(available.divide(new BigDecimal("7.5"), 2, RoundingMode.DOWN));
		List<Outcome> outcomes = all(i -> () -> {
			ledger.commit(LedgerTestData.grant(), each, "concurrent award " + i);
			return Outcome.DONE;
		});
		assertThat(outcomes.stream().filter(o -> o == Outcome.DONE)).hasSize(7);
		assertThat(outcomes.stream().filter(o -> o == Outcome.REFUSED)).hasSize(THREADS - 7);
		FundTotals after = ledger.balances();
		assertThat(after.available()).isEqualByComparingTo(available.subtract(each.amount().multiply(BigDecimal.valueOf(7))))
			.isGreaterThanOrEqualTo(BigDecimal.ZERO);
		assertThat(after.committed()).isLessThanOrEqualTo(after.paidIn().add(after.refunded()));
		assertThat(reports.reconcile().matches()).isTrue();
	}

	@Test
	void theSameBankReferenceSentManyTimesAtOnceIsRecordedOnce() throws Exception {
		long donor = LedgerTestData.privateDonor(donors).getId();
		String reference = "RETRY-" + UUID.randomUUID();
		BigDecimal paidBefore = ledger.balances().paidIn();
		List<Outcome> outcomes = all(i -> () -> {
			contributions.record(new ContributionForm(donor, null, LocalDate.now(), new BigDecimal("99.99"), "USD",
					new BigDecimal("99.99"), reference, false, null), "test");
			return Outcome.DONE;
		});
		assertThat(outcomes.stream().filter(o -> o == Outcome.DONE)).hasSize(1);
		assertThat(ledger.balances().paidIn().subtract(paidBefore)).isEqualByComparingTo("99.99");
		assertThat(reports.reconcile().matches()).isTrue();
	}

	/**
	 * Each contribution owes a message after its commit (the reserve lists' {@code ContributionReceived}), which
	 * the outbox delivers in a transaction of its own. Twenty at once, more than the connection pool holds, are
	 * all recorded and delivered: the delivery must not wait for a second connection while the change still
	 * holds its first (a probe saw 500s and minute-long stalls from that).
	 */
	@Test
	void moreContributionsAtOnceThanTheConnectionPoolHoldsAreAllRecordedAndTheirMessagesDelivered() throws Exception {
		Donor donor = LedgerTestData.privateDonor(donors);
		BigDecimal paidBefore = ledger.balances().paidIn();
		long started = System.nanoTime();
		List<Outcome> outcomes = all(i -> () -> {
			LedgerTestData.pay(contributions, donor, "10.00");
			return Outcome.DONE;
		});
		assertThat(outcomes).hasSize(THREADS).containsOnly(Outcome.DONE);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no wait for a pooled connection")
			.isLessThan(Duration.ofSeconds(25));
		assertThat(ledger.balances().paidIn().subtract(paidBefore)).isEqualByComparingTo("200.00");
		assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Long.class, "%\"donorId\":" + donor.getId() + ",%"))
			.as("every message owed by these contributions delivered").isZero();
		assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
				Long.class, "%\"donorId\":" + donor.getId() + ",%")).as("messages recorded, one per contribution and listener").isGreaterThanOrEqualTo(THREADS);
		assertThat(reports.reconcile().matches()).isTrue();
	}

	enum Outcome {
		DONE, REFUSED
	}

	interface Task {
		Callable<Outcome> of(int i);
	}

	private static List<Outcome> all(Task task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Outcome>> futures = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				Callable<Outcome> call = task.of(i);
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return call.call();
					}
					catch (ConflictException refused) {
						return Outcome.REFUSED;
					}
				}));
			}
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> f : futures) {
				outcomes.add(f.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
