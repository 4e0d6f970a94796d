package org.trustfund.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.users.Role;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

@IntegrationTest
class CallRulesTest {

	@Autowired CallService calls;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired MockMvc mvc;

	private static CallForm withDeadline(LocalDateTime deadline, String zone) {
		CallForm f = Fixtures.callForm();
		return new CallForm(f.title(), f.description(), f.openingDate(), deadline, zone, f.eligibleCountries(),
				f.priorityTargetGroups(), f.services(), f.ceilingPerGrant(), f.maxDurationMonths(), f.envelope(),
				f.criteria(), f.qualityThresholdPercent(), deadline.toLocalDate().plusMonths(6));
	}

	private static java.util.Map<String, String> errorsOf(Runnable action) {
		try {
			action.run();
		}
		catch (ValidationException e) {
			return e.fieldErrors();
		}
		throw new AssertionError("No validation error");
	}

	@Test
	void theDeadlineIsKeptWithItsTimeZoneAndBecomesAnInstant() {
		Call call = calls.draft(withDeadline(LocalDateTime.of(2099, 12, 1, 17, 0), "Europe/Vienna"), "fm");
		assertThat(call.getDeadlineAt()).isEqualTo(Instant.parse("2099-12-01T16:00:00Z"));
		assertThat(call.getTimeZone()).isEqualTo("Europe/Vienna");
		assertThat(call.getStatus()).isEqualTo(CallStatus.DRAFT);
	}

	@Test
	void refusesAnUnknownTimeZoneCountryOrRegion() {
		CallForm f = withDeadline(LocalDateTime.now().plusDays(10), "Mars/Olympus");
		assertThat(errorsOf(() -> calls.draft(f, "fm"))).containsKey("timeZone");
		CallForm g = Fixtures.callForm();
		CallForm unknown = new CallForm(g.title(), g.description(), g.openingDate(), g.submissionDeadline(),
				g.timeZone(), Set.of("TH", "ATLANTIS"), g.priorityTargetGroups(), g.services(), g.ceilingPerGrant(),
				g.maxDurationMonths(), g.envelope(), g.criteria(), g.qualityThresholdPercent(), g.reserveListExpiry());
		assertThat(errorsOf(() -> calls.draft(unknown, "fm")).get("eligibleCountries")).contains("ATLANTIS");
	}

	@Test
	void refusesDatesOutOfOrderACeilingAboveTheEnvelopeAndAnEmptyRubric() {
		CallForm g = Fixtures.callForm();
		CallForm bad = new CallForm(g.title(), g.description(), LocalDate.now().plusDays(40), g.submissionDeadline(),
				g.timeZone(), g.eligibleCountries(), g.priorityTargetGroups(), g.services(), new BigDecimal("200000.00"),
				g.maxDurationMonths(), g.envelope(), List.of(" ", ""), g.qualityThresholdPercent(),
				g.submissionDeadline().toLocalDate().minusDays(1));
		assertThat(errorsOf(() -> calls.draft(bad, "fm"))).containsKeys("submissionDeadline", "reserveListExpiry",
				"ceilingPerGrant", "criteria");
	}

	@Test
	void aPublishedCallCanNoLongerBeEditedAndAPastDeadlineCannotBePublished() {
		Call open = fixtures.openCall();
		assertThatThrownBy(() -> calls.update(open.getId(), Fixtures.callForm())).isInstanceOf(ConflictException.class);
		Call late = calls.draft(Fixtures.callForm(), "fm");
		fixtures.moveDeadline(late.getId(), Instant.now().minusSeconds(5));
		assertThat(errorsOf(() -> calls.publish(late.getId(), "fm"))).containsKey("submissionDeadline");
		assertThat(calls.get(late.getId()).getStatus()).isEqualTo(CallStatus.DRAFT);
	}

	@Test
	void theCallPageShowsAMessagePerFieldAndKeepsWhatWasTyped() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		MockHttpServletResponse r = mvc.perform(post("/calls/new").with(user(steps.user(fm))).with(csrf())
			.param("title", "<i>Shelters</i>").param("description", "d").param("openingDate", "2099-01-01")
			.param("submissionDeadline", "2098-01-01T10:00").param("timeZone", "UTC")
			.param("eligibleCountries", "TH, NG").param("priorityTargetGroups", "WOMEN").param("services", "EDUCATION")
			.param("ceilingPerGrant", "lots").param("maxDurationMonths", "36").param("envelope", "100000")
			.param("criteria", "Relevance", "").param("qualityThresholdPercent", "60").param("reserveListExpiry", "2099-06-01"))
			.andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(r.getContentAsString()).contains("Not a valid value: lots").contains("&lt;i&gt;Shelters&lt;/i&gt;");

		MockHttpServletResponse ok = mvc.perform(post("/calls/new").with(user(steps.user(fm))).with(csrf())
			.param("title", "Shelters").param("description", "d").param("openingDate", "2099-01-01")
			.param("submissionDeadline", "2099-03-01T10:00").param("timeZone", "Asia/Bangkok")
			.param("eligibleCountries", "TH, africa").param("priorityTargetGroups", "WOMEN").param("services", "EDUCATION")
			.param("ceilingPerGrant", "50000").param("maxDurationMonths", "36").param("envelope", "100000")
			.param("criteria", "Relevance", "Budget, realism", "").param("qualityThresholdPercent", "60")
			.param("reserveListExpiry", "2099-06-01")).andReturn().getResponse();
		assertThat(ok.getStatus()).isEqualTo(302);
		long id = Long.parseLong(ok.getRedirectedUrl().replace("/calls/", ""));
		Call call = calls.get(id);
		assertThat(call.getEligibleCountries()).containsExactlyInAnyOrder("TH", "AFRICA");
		assertThat(call.getCriteria()).containsExactly("Relevance", "Budget, realism");
		assertThat(call.getDeadlineAt()).isEqualTo(Instant.parse("2099-03-01T03:00:00Z"));
	}
}
