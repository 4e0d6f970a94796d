package org.trustfund.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Persistence slice (issue 11 item 7): the query that decides who is told when a message goes to a role
 * ({@code notifyHolders}, role by role): enabled holders of the role only, in name order. JPA and the database's schema (Flyway)
 * only, no web layer and no engine.
 */
@DataJpaTest(properties = "spring.config.location=optional:classpath:/;optional:classpath:/config/")
// the test profile's in-memory H2 with the real schema (Flyway), not an empty replacement database
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class UserAccountsSliceTest {

	@Autowired UserAccounts accounts;

	@Test
	void enabledHoldersOfARoleInNameOrder() {
		Instant now = Instant.parse("2026-11-30T12:00:00Z");
		accounts.save(new UserAccount("slice_b", "B", "b@x.example", "{noop}x", EnumSet.of(Role.FUND_MANAGER), null, now));
		accounts.save(new UserAccount("slice_a", "A", "a@x.example", "{noop}x",
				EnumSet.of(Role.FUND_MANAGER, Role.ADMIN), null, now));
		UserAccount gone = new UserAccount("slice_c", "C", "c@x.example", "{noop}x", EnumSet.of(Role.FUND_MANAGER),
				null, now);
		gone.disable();
		accounts.save(gone);
		accounts.save(new UserAccount("slice_d", "D", "d@x.example", "{noop}x", EnumSet.of(Role.REVIEWER), null, now));

		assertThat(accounts.findEnabledByRole(Role.FUND_MANAGER)).extracting(UserAccount::getUsername)
			.filteredOn(name -> name.startsWith("slice_")).containsExactly("slice_a", "slice_b");
		assertThat(accounts.findEnabledByRole(Role.REVIEWER)).extracting(UserAccount::getUsername)
			.filteredOn(name -> name.startsWith("slice_")).containsExactly("slice_d");
	}
}
