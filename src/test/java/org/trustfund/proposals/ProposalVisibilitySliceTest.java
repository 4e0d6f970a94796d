package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Persistence slice (issue 11 item 7): the queries behind {@link ProposalVisibility}, on the real schema (Flyway)
 * with rows written by SQL, JPA only. An NGO's list holds its own organisation's proposals only, newest first; a
 * reviewer's holds the proposals assigned to them and not yet left (assigned or scored, not those where they
 * declared a conflict). Each test's rows are rolled back; other tests' rows may be there, so names are unique.
 */
@DataJpaTest(properties = "spring.config.location=optional:classpath:/;optional:classpath:/config/")
// the test profile's in-memory H2 with the real schema (Flyway), not an empty replacement database
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class ProposalVisibilitySliceTest {

	@Autowired Proposals proposals;
	@Autowired Reviews reviews;
	@Autowired JdbcTemplate jdbc;

	long call;
	long mine;
	long theirs;

	@BeforeEach
	void aCallAndTwoOrganisations() {
		jdbc.update("insert into call_for_proposals (title, description, opening_date, submission_deadline, time_zone, "
				+ "deadline_at, eligible_countries, priority_target_groups, services, ceiling_per_grant, "
				+ "max_duration_months, envelope, quality_threshold_percent, reserve_list_expiry, status, created_by, "
				+ "created_at) values ('Slice call', 'd', date '2026-01-01', timestamp '2026-03-01 17:00:00', "
				+ "'Europe/Vienna', current_timestamp, 'TH', 'WOMEN', 'LEGAL_ADVICE', 50000, 24, 500000, 60, "
				+ "date '2027-03-01', 'OPEN', 'slice', current_timestamp)");
		call = last("call_for_proposals");
		mine = organisation();
		theirs = organisation();
	}

	@Test
	void anNgoSeesItsOwnOrganisationsProposalsNewestFirst() {
		long first = proposal(mine, "First of mine");
		long other = proposal(theirs, "Not mine");
		long second = proposal(mine, "Second of mine");

		assertThat(proposals.findByOrganisationIdOrderByIdDesc(mine)).extracting(Proposal::getId)
			.containsExactly(second, first);
		assertThat(proposals.findByOrganisationIdOrderByIdDesc(theirs)).extracting(Proposal::getId)
			.containsExactly(other);
		assertThat(proposals.findByIdInOrderByIdDesc(List.of(first, other, second))).extracting(Proposal::getId)
			.containsExactly(second, other, first);
		assertThat(proposals.findTitleById(other)).contains("Not mine");
	}

	@Test
	void aReviewerSeesTheProposalsAssignedToThemAndNotThoseTheyLeftForAConflict() {
		String reviewer = "slice_r_" + UUID.randomUUID().toString().substring(0, 8);
		String colleague = reviewer + "_c";
		for (String name : List.of(reviewer, colleague)) {
			jdbc.update("insert into app_user (username, display_name, password_hash, enabled, created_at) "
					+ "values (?, ?, '{noop}x', true, current_timestamp)", name, name);
		}
		long assigned = proposal(mine, "Assigned");
		long scored = proposal(theirs, "Scored");
		long conflicted = proposal(mine, "Conflicted");
		long colleagues = proposal(mine, "A colleague's");
		review(assigned, reviewer, ReviewStatus.ASSIGNED);
		review(scored, reviewer, ReviewStatus.SUBMITTED);
		review(conflicted, reviewer, ReviewStatus.CONFLICTED);
		review(colleagues, colleague, ReviewStatus.ASSIGNED);

		assertThat(reviews.findByReviewerAndStatusIn(reviewer, List.of(ReviewStatus.ASSIGNED, ReviewStatus.SUBMITTED)))
			.extracting(Review::getProposalId).containsExactlyInAnyOrder(assigned, scored);
		assertThat(reviews.findByReviewerAndStatusIn(colleague, List.of(ReviewStatus.ASSIGNED, ReviewStatus.SUBMITTED)))
			.extracting(Review::getProposalId).containsExactly(colleagues);
	}

	private long organisation() {
		String registration = "SLICE-" + UUID.randomUUID();
		jdbc.update("insert into organisation (name, country, registration_number, contact_name, contact_email, "
				+ "bank_account_holder, bank_name, bank_account, status, created_at) values (?, 'TH', ?, 'c', "
				+ "'c@ngo.example', 'h', 'b', 'GB29NWBK60161331926819', 'VERIFIED', current_timestamp)",
				"Slice NGO " + registration, registration);
		return last("organisation");
	}

	private long proposal(long organisationId, String title) {
		jdbc.update("insert into proposal (call_id, organisation_id, title, country, target_groups, services, "
				+ "victims_per_year, amount_requested, duration_months, narrative, contact_name, contact_email, status, "
				+ "created_by, created_at) values (?, ?, ?, 'TH', 'WOMEN', 'LEGAL_ADVICE', 50, 45000, 24, 'n', 'c', "
				+ "'c@ngo.example', 'SUBMITTED', 'slice', current_timestamp)", call, organisationId, title);
		return last("proposal");
	}

	private void review(long proposalId, String reviewer, ReviewStatus status) {
		jdbc.update("insert into proposal_review (proposal_id, reviewer, status, assigned_at) values (?, ?, ?, "
				+ "current_timestamp)", proposalId, reviewer, status.name());
	}

	private long last(String table) {
		return jdbc.queryForObject("select max(id) from " + table, Long.class);
	}
}
