package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.trustfund.proposals.ProposalRules.SubmissionTerms;
import org.trustfund.shared.ValidationException;

/** {@link ProposalRules#submission} as a function of plain values: no Spring, no database. */
class ProposalSubmissionRulesTest {

	static final Instant DEADLINE = Instant.parse("2026-06-30T15:00:00Z");
	static final Instant BEFORE = DEADLINE.minusSeconds(60);
	static final SubmissionTerms OPEN = new SubmissionTerms(DEADLINE, ZoneId.of("Europe/Vienna"), true,
			new BigDecimal("50000.00"), 24, true);

	@Test
	void submitsADraftWithinTheCallsTermsBeforeTheDeadline() {
		assertThatNoException().isThrownBy(() -> ProposalRules.submission(ProposalStatus.DRAFT,
				new BigDecimal("50000.00"), 24, OPEN, BEFORE));
	}

	@Test
	void refusesASecondSubmission() {
		assertThatThrownBy(() -> ProposalRules.submission(ProposalStatus.SUBMITTED, BigDecimal.ONE, 1, OPEN, BEFORE))
			.isInstanceOf(ProposalStateException.class).hasMessage("The proposal is already submitted");
	}

	@Test
	void rejectsSubmissionAtTheDeadlineShowingItInTheCallsZone() {
		assertThatThrownBy(() -> ProposalRules.submission(ProposalStatus.DRAFT, BigDecimal.ONE, 1, OPEN, DEADLINE))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
				.containsExactly(java.util.Map.entry("callId", "The submission deadline passed on 2026-06-30 17:00 CEST")));
	}

	@Test
	void rejectsSubmissionToACallThatDoesNotAcceptProposals() {
		SubmissionTerms closed = new SubmissionTerms(DEADLINE, ZoneId.of("UTC"), false, new BigDecimal("50000.00"),
				24, true);
		assertThatThrownBy(() -> ProposalRules.submission(ProposalStatus.DRAFT, BigDecimal.ONE, 1, closed, BEFORE))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
				.containsExactly(java.util.Map.entry("callId", "This call does not accept proposals now")));
	}

	@Test
	void reportsEveryBrokenRuleAtOnceByField() {
		SubmissionTerms unverified = new SubmissionTerms(DEADLINE, ZoneId.of("UTC"), true, new BigDecimal("50000.00"),
				24, false);
		assertThatThrownBy(() -> ProposalRules.submission(ProposalStatus.DRAFT, new BigDecimal("50000.01"), 25,
				unverified, DEADLINE.plusSeconds(1)))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
					"callId", "amountRequested", "durationMonths", "organisation")
				.containsEntry("amountRequested", "The amount requested is above the call's ceiling of USD 50000.00")
				.containsEntry("durationMonths", "The call funds projects of at most 24 months")
				.containsEntry("organisation", "Your organisation must be verified by the secretariat before it submits"));
	}
}
