package org.trustfund.calls;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.trustfund.history.HistoryRuns.row;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.history.HistoryRuns;
import org.trustfund.history.RowProblem;
import org.trustfund.proposals.Fixtures;

/** Past calls come in with their dates and status, start no process, and bad rows are refused by column. */
@IntegrationTest
class PastCallsImportTest {

	@Autowired HistoryRuns imports;
	@Autowired Calls calls;
	@Autowired RuntimeService runtime;

	private static Map<String, String> call(String ref) {
		return row("reference", ref, "title", "Global call 2011", "opening_date", "2011-02-01", "submission_deadline",
				"2011-05-31", "time_zone", "Europe/Vienna", "status", "closed", "eligible_countries", "AFRICA, TH; NG",
				"target_groups", "women girls sexual-exploitation", "services", "BASIC_SHELTER", "ceiling_per_grant",
				"60000.00", "envelope", "900000.00", "max_duration_months", "36", "reserve_list_expiry", "2011-12-31");
	}

	@Test
	void aPastCallIsRecordedWithItsDatesAndStatusAndNoProcess() {
		String ref = Fixtures.unique("C2011-");

		var result = imports.run("calls", List.of(call(ref)));

		assertThat(result.problems()).isEmpty();
		Call c = calls.findByImportRef(ref).orElseThrow();
		assertThat(c.getStatus()).isEqualTo(CallStatus.CLOSED);
		assertThat(c.getImportId()).isEqualTo(result.importId());
		assertThat(c.getDeadlineAt()).isEqualTo(Instant.parse("2011-05-31T21:59:00Z"));
		assertThat(c.getEligibleCountries()).containsExactlyInAnyOrder("AFRICA", "TH", "NG");
		assertThat(c.getPriorityTargetGroups()).containsExactlyInAnyOrder(TargetGroup.WOMEN, TargetGroup.GIRLS,
				TargetGroup.SEXUAL_EXPLOITATION);
		assertThat(c.getServices()).isEqualTo(Set.of(AssistanceService.BASIC_SHELTER));
		assertThat(c.getCeilingPerGrant()).isEqualByComparingTo(Money.of("60000.00"));
		assertThat(c.getReserveListExpiry()).isEqualTo(LocalDate.of(2011, 12, 31));
		assertThat(c.isCountryEligible("KE")).isTrue();
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CallProcess.KEY)
			.processInstanceBusinessKey(c.getId().toString()).count()).isZero();
	}

	@Test
	void badCallRowsAreRefusedByRowAndColumnAndNothingIsWritten() {
		String ref = Fixtures.unique("CB-");
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
		List<Map<String, String>> file = List.of(call(ref), with(call(ref), "submission_deadline", tomorrow),
				with(call(ref + "b"), "eligible_countries", "ATLANTIS"), with(call(ref + "c"), "status", "open"),
				with(call(ref + "d"), "envelope", "1000.00"), with(call(ref + "e"), "time_zone", "Mars/Base"),
				with(call(ref + "f"), "opening_date", "01.02.2011"), with(call(ref + "g"), "services", "YOGA"),
				with(call(ref + "h"), "ceiling_per_grant", "-60000.00"));

		var result = imports.run("calls", file);

		assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
			.containsExactlyInAnyOrder(tuple(3L, "reference", "history.error.calls.duplicateReference"),
					tuple(3L, "submission_deadline", "history.error.calls.deadlineNotPassed"),
					tuple(3L, "reserve_list_expiry", "history.error.calls.expiryBeforeDeadline"),
					tuple(4L, "eligible_countries", "history.error.calls.region"),
					tuple(5L, "status", "history.error.choice"),
					tuple(6L, "ceiling_per_grant", "history.error.calls.ceilingAboveEnvelope"),
					tuple(7L, "time_zone", "history.error.calls.timeZone"),
					tuple(8L, "opening_date", "history.error.date"),
					tuple(9L, "services", "history.error.calls.service"),
					tuple(10L, "ceiling_per_grant", "history.error.negative"));
		assertThat(calls.findByImportRef(ref)).isEmpty();
	}

	private static Map<String, String> with(Map<String, String> row, String column, String value) {
		Map<String, String> changed = new java.util.LinkedHashMap<>(row);
		changed.put(column, value);
		return changed;
	}
}
