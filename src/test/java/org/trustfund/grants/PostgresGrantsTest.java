package org.trustfund.grants;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.PostgresTest;
import org.trustfund.grants.GrantFixtures.Awarded;

/**
 * The grants' migration, lifecycle and aggregate queries on PostgreSQL (the production database): a grant
 * from award to closure, then the disbursement view's queries. Run with {@code mvn -Ppostgres-tests test}.
 */
@PostgresTest
class PostgresGrantsTest {

	@Autowired GrantFixtures fixtures;
	@Autowired GrantService grants;
	@Autowired GrantQueries queries;

	@Test
	void aGrantRunsToClosureAndTheDisbursementViewAddsUpOnPostgres() {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("10000.00", 12);
		fixtures.accept(a);
		fixtures.pay(a, fm, "9000.00", "PG-" + a.grantId());
		fixtures.openReport(a);
		fixtures.submitReport(a, GrantFixtures.report(2, "4000.00"));
		fixtures.review(a, fm, "accept", "");

		Grant g = grants.get(a.grantId());
		assertThat(g.getStatus()).isEqualTo(GrantStatus.CLOSED);
		assertThat(g.getReleased()).isEqualByComparingTo(Money.of("1000.00"));
		assertThat(queries.page(GrantQueries.Filter.ALL, 0)).extracting(GrantRow::grantRef).contains(a.grantRef());
		assertThat(queries.count(new GrantQueries.Filter(null, null, "TH", GrantStatus.CLOSED, false))).isEqualTo(1);
		// other PostgreSQL tests share the database (a Board session opens grants too): this grant's call adds up
		assertThat(queries.totals("call")).anySatisfy(t -> {
			assertThat(t.grants()).isEqualTo(1);
			assertThat(t.committed()).isEqualByComparingTo("10000.00");
			assertThat(t.disbursed()).isEqualByComparingTo("9000.00");
			assertThat(t.released()).isEqualByComparingTo("1000.00");
		});
		assertThat(queries.totals("country")).extracting(GrantQueries.Total::key).containsExactly("TH");
		assertThat(queries.totals("year").get(0).disbursed()).isEqualByComparingTo("9000.00");
		assertThat(queries.overdue()).isEmpty();
		assertThat(queries.results(null).victimsPerYear().get(0).value()).isEqualTo(15);
		assertThat(queries.results(a.ngo().organisationId()).services()).extracting(GrantQueries.ServiceFigure::service)
			.containsExactly("BASIC_SHELTER", "LEGAL_ADVICE");
		List<GrantRow> all = new ArrayList<>();
		queries.forEach(GrantQueries.Filter.ALL, all::add);
		assertThat(all).extracting(GrantRow::grantRef).contains(a.grantRef());
		assertThat((long) all.size()).as("every row the view counts, streamed").isEqualTo(queries.count(GrantQueries.Filter.ALL));
	}
}
