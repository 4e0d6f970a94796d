package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.trustfund.IntegrationTest;
import org.trustfund.shared.Note;

/** bpmn/proposal-eligibility.dmn: one test per rule, each changing one fact of an eligible proposal. */
@IntegrationTest
class ProposalEligibilityDecisionTest {

	@Autowired DecisionService decisions;
	@Autowired MessageSource messages;

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

	@Test
	void everyRuleHasACodeWhoseWordsTheNgoReadsInItsLanguage() {
		Map<String, Object> facts = new HashMap<>();
		facts.put("deadlinePassed", true);
		facts.put("amountRequested", new BigDecimal("60000.01"));
		facts.put("ceilingPerGrant", new BigDecimal("60000.00"));
		facts.put("durationMonths", 37);
		facts.put("maxDurationMonths", 36);
		facts.put("countryEligible", false);
		facts.put("organisationVerified", false);
		facts.put("targetGroupMatch", false);
		facts.put("servicesMatch", false);
		List<Map<String, Object>> rows = decisions.evaluateDecisionTableByKey(ReviewProcess.ELIGIBILITY_DECISION, facts)
			.getResultList();
		assertThat(rows).hasSize(ScreeningService.MOST_REASONS);
		for (Map<String, Object> row : rows) {
			String key = "eligibility.reason." + row.get("reasonCode");
			assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isEqualTo(row.get("reason"));
			assertThat(messages.getMessage(key, null, null, Locale.forLanguageTag("ar"))).as(key)
				.isNotNull().doesNotContainPattern("[A-Za-z]");
		}

		Note all = ScreeningService.ineligibility(rows);
		assertThat(all.render(messages, Locale.forLanguageTag("ar"), null)).contains("البلد غير مؤهل في هذه الدعوة")
			.contains("؛ ").doesNotContainPattern("[A-Za-z]");
		Note two = ScreeningService.ineligibility(rows.subList(3, 5));
		assertThat(two.render(messages, Locale.ENGLISH, null))
			.isEqualTo("The country is not eligible in this call; The organisation is not verified by the secretariat");
	}

	@Test
	void aRuleAddedWithoutACodeKeepsItsEnglishReasonAsWritten() {
		Map<String, Object> row = new HashMap<>();
		row.put("reason", "A reason a fund manager added");
		assertThat(ScreeningService.ineligibility(List.of(row))).isNull();
	}
}
