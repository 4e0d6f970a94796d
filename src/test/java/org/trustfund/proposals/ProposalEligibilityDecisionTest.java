package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;

/** bpmn/proposal-eligibility.dmn: one test per rule, each changing one fact of an eligible proposal. */
@IntegrationTest
class ProposalEligibilityDecisionTest {

	@Autowired DecisionService decisions;

	private static Map<String, Object> eligible() {
		Map<String, Object> facts = new HashMap<>();
		facts.put("deadlinePassed", false);
		facts.put("amountRequested", new BigDecimal("60000.00"));
		facts.put("ceilingPerGrant", new BigDecimal("60000.00"));
		facts.put("durationMonths", 36);
		facts.put("maxDurationMonths", 36);
		facts.put("countryEligible", true);
		facts.put("organisationVerified", true);
		facts.put("targetGroupMatch", true);
		facts.put("servicesMatch", true);
		return facts;
	}

	private List<String> reasons(Map<String, Object> facts) {
		return decisions.evaluateDecisionTableByKey(ReviewProcess.ELIGIBILITY_DECISION, facts).collectEntries("reason");
	}

	private List<String> reasonsWith(String fact, Object value) {
		Map<String, Object> facts = eligible();
		facts.put(fact, value);
		return reasons(facts);
	}

	@Test
	void aProposalMeetingEveryRuleHasNoReason() {
		assertThat(reasons(eligible())).isEmpty();
	}

	@Test
	void submittedAfterTheDeadline() {
		assertThat(reasonsWith("deadlinePassed", true)).containsExactly("Submitted after the call's deadline");
	}

	@Test
	void amountAboveTheCeiling() {
		assertThat(reasonsWith("amountRequested", new BigDecimal("60000.01")))
			.containsExactly("The amount requested is above the call's ceiling per grant");
	}

	@Test
	void durationBeyondTheMaximum() {
		assertThat(reasonsWith("durationMonths", 37))
			.containsExactly("The project runs longer than the call's maximum duration");
	}

	@Test
	void countryNotEligible() {
		assertThat(reasonsWith("countryEligible", false)).containsExactly("The country is not eligible in this call");
	}

	@Test
	void organisationNotVerified() {
		assertThat(reasonsWith("organisationVerified", false))
			.containsExactly("The organisation is not verified by the secretariat");
	}

	@Test
	void noTargetGroupOfTheCall() {
		assertThat(reasonsWith("targetGroupMatch", false))
			.containsExactly("The proposal serves none of the call's target groups");
	}

	@Test
	void servicesTheCallDoesNotFund() {
		assertThat(reasonsWith("servicesMatch", false))
			.containsExactly("The proposal asks for services this call does not fund");
	}

	@Test
	void everyReasonThatAppliesIsGiven() {
		Map<String, Object> facts = eligible();
		facts.put("countryEligible", false);
		facts.put("servicesMatch", false);
		assertThat(reasons(facts)).hasSize(2);
	}
}
