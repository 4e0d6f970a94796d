package org.trustfund.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Persistence slice (issue 11 item 7): the ledger's sums and look-ups as the database answers them, on the real
 * schema (Flyway) with entries written as rows, JPA only (no services, no web layer, no engine). A grant's sums
 * per bucket are what its position and the reconciliation are built from: corrections (negative entries) count,
 * other grants' entries do not. Each test's rows are rolled back; other tests' rows may be there, so the grant
 * references and keys are unique.
 */
@DataJpaTest(properties = "spring.config.location=optional:classpath:/;optional:classpath:/config/")
// the test profile's in-memory H2 with the real schema (Flyway), not an empty replacement database
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class LedgerEntriesSliceTest {

	@Autowired LedgerEntries entries;
	@Autowired JdbcTemplate jdbc;

	@Test
	void aGrantsSumsPerBucketCountItsCorrectionsAndNoOtherGrant() {
		String grant = "SLICE-" + UUID.randomUUID();
		String other = "SLICE-" + UUID.randomUUID();
		long committed = entry(EntryType.GRANT_COMMITTED, Bucket.COMMITTED, "50000.00", grant, null);
		entry(EntryType.DISBURSEMENT_PAID, Bucket.DISBURSED, "20000.00", grant, null);
		entry(EntryType.DISBURSEMENT_PAID, Bucket.DISBURSED, "5000.50", grant, null);
		entry(EntryType.CORRECTION, Bucket.DISBURSED, "-5000.50", grant, null);
		entry(EntryType.REFUND_RECEIVED, Bucket.REFUNDED, "1000.25", grant, null);
		entry(EntryType.GRANT_COMMITTED, Bucket.COMMITTED, "7777.00", other, null);

		Map<Bucket, BigDecimal> sums = entries.sumsForGrant(grant).stream()
			.collect(Collectors.toMap(LedgerEntries.BucketSum::getBucket, LedgerEntries.BucketSum::getTotal));
		assertThat(sums).containsOnlyKeys(Bucket.COMMITTED, Bucket.DISBURSED, Bucket.REFUNDED);
		assertThat(sums.get(Bucket.COMMITTED)).isEqualByComparingTo("50000.00");
		assertThat(sums.get(Bucket.DISBURSED)).isEqualByComparingTo("20000.00");
		assertThat(sums.get(Bucket.REFUNDED)).isEqualByComparingTo("1000.25");
		assertThat(entries.sumsForGrant("SLICE-none-" + UUID.randomUUID())).isEmpty();

		Map<Bucket, BigDecimal> all = entries.sumsByBucket().stream()
			.collect(Collectors.toMap(LedgerEntries.BucketSum::getBucket, LedgerEntries.BucketSum::getTotal));
		assertThat(all.get(Bucket.COMMITTED)).isGreaterThanOrEqualTo(new BigDecimal("57777.00"));
		assertThat(entries.findById(committed)).map(LedgerEntry::getGrantRef).contains(grant);
	}

	@Test
	void anIdempotencyKeyACorrectionAndTheLastEntryOfATypeAreFound() {
		String key = "slice-key-" + UUID.randomUUID();
		long paid = entry(EntryType.CONTRIBUTION_RECEIVED, Bucket.PAID_IN, "300.00", null, key);
		assertThat(entries.existsByIdempotencyKey(key)).isTrue();
		assertThat(entries.existsByIdempotencyKey(key + "-other")).isFalse();

		assertThat(entries.existsByCorrectsEntryId(paid)).isFalse();
		long correction = entry(EntryType.CORRECTION, Bucket.PAID_IN, "-300.00", null, null);
		jdbc.update("update ledger_entry set corrects_entry_id = ? where id = ?", paid, correction);
		assertThat(entries.existsByCorrectsEntryId(paid)).isTrue();
		assertThat(entries.findByCorrectsEntryId(paid)).map(LedgerEntry::getId).contains(correction);

		assertThat(entries.lastOfType(List.of(EntryType.CONTRIBUTION_RECEIVED))).isEqualTo(paid);
		assertThat(entries.lastOfType(List.of(EntryType.CONTRIBUTION_RECEIVED, EntryType.CORRECTION)))
			.isEqualTo(correction);
		assertThat(entries.countAll()).isGreaterThanOrEqualTo(2);
	}

	/** A row as the ledger writes one (value date 2026-06-30, recorded by "slice"); answers its id. */
	private long entry(EntryType type, Bucket bucket, String amount, String grantRef, String idempotencyKey) {
		jdbc.update("insert into ledger_entry (type, bucket, amount, value_date, value_year, recorded_at, actor, reason, "
				+ "grant_ref, idempotency_key) values (?, ?, ?, date '2026-06-30', 2026, current_timestamp, 'slice', "
				+ "'slice test', ?, ?)", type.name(), bucket.name(), new BigDecimal(amount), grantRef, idempotencyKey);
		return jdbc.queryForObject("select max(id) from ledger_entry", Long.class);
	}
}
