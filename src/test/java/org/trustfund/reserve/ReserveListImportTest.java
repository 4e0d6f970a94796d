package org.trustfund.reserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.trustfund.history.HistoryRuns.row;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.board.ProposalAwarded;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.proposals.BoardOutcomes;
import org.trustfund.history.HistoryKind.RowOutcome;
import org.trustfund.history.HistoryRuns;
import org.trustfund.history.RowProblem;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalStatus;

/** A reserve list imported from the fund's history waits for money like one born from a Board outcome. */
@IntegrationTest
class ReserveListImportTest {

	@Autowired ProcessEngine engine;
	@Autowired HistoryRuns imports;
	@Autowired Fixtures fixtures;
	@Autowired ReserveFixtures reserve;
	@Autowired ReserveListService lists;
	@Autowired ProposalService proposals;
	@Autowired RuntimeService runtime;
	@Autowired JdbcTemplate jdbc;
	@Autowired FundLedger ledger;
	@Autowired BoardOutcomes outcomes;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate tx;

	/** Six months after the fund's today, on the one clock (a sitting Board moves it into the Board's year). */
	private static LocalDate expires() {
		return LocalDate.now(new org.trustfund.processes.FundClock()).plusMonths(6);
	}
	private final List<Long> calls = new ArrayList<>();
	private String run;

	@BeforeEach
	void setUp() {
		init(engine);
		run = Fixtures.unique("l");
	}

	@AfterEach
	void cleanUp() {
		reserve.endProcesses(calls, runtime);
		ClockUtil.reset();
	}

	/** A past call imported by the calls kind; returns its reference. */
	private String pastCall(String ref) {
		assertThat(imports.run("calls", List.of(row("reference", ref, "title", "Call " + ref, "opening_date",
				"2015-01-05", "submission_deadline", "2015-04-30", "status", "decided", "eligible_countries", "ASIA",
				"ceiling_per_grant", "60000.00", "envelope", "500000.00", "max_duration_months", "24"))).problems())
			.isEmpty();
		calls.add(callId(ref));
		return ref;
	}

	private long callId(String ref) {
		return jdbc.queryForObject("select id from call_for_proposals where import_ref = ?", Long.class, ref);
	}

	private Map<String, String> project(String call, String ref, int rank, String amount, String registration) {
		return row("reference", ref, "call_reference", call, "rank", Integer.toString(rank), "organisation_name",
				"Org " + registration, "registration_number", registration, "country", "TH", "title", "Project " + ref,
				"amount", amount, "expires_on", expires().toString());
	}

	private ProcessInstance listProcess(String call) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(ReserveListProcess.KEY)
			.processInstanceBusinessKey(Long.toString(callId(call))).singleResult();
	}

	@Test
	void anImportedListOffersItsNextProjectsAtOnceWhenTheMoneyIsAlreadyThere() {
		reserve.drain();
		reserve.sittingBoard();
		fixtures.payIntoFund("45000.00");
		String call = pastCall("RC1-" + run);

		var result = imports.run("reserve-list", List.of(project(call, call + "/1", 1, "30000.00", "A-" + run),
				project(call, call + "/2", 2, "20000.00", "B-" + run), project(call, call + "/3", 3, "10000.00",
						"C-" + run)));

		assertThat(result.problems()).isEmpty();
		List<ReserveEntry> entries = lists.entries(callId(call));
		assertThat(entries).extracting(ReserveEntry::getRankPosition, ReserveEntry::getAmount, ReserveEntry::getState)
			.containsExactly(tuple(1, org.trustfund.shared.Money.of("30000.00"), EntryState.ON_LIST),
					tuple(2, org.trustfund.shared.Money.of("20000.00"), EntryState.ON_LIST),
					tuple(3, org.trustfund.shared.Money.of("10000.00"), EntryState.ON_LIST));
		assertThat(entries).allSatisfy(e -> {
			assertThat(proposals.get(e.getProposalId()).getStatus()).isEqualTo(ProposalStatus.RESERVE_LIST);
			assertThat(proposals.get(e.getProposalId()).getImportId()).isEqualTo(result.importId());
		});
		assertThat(lists.list(callId(call)).getExpiresOn()).isEqualTo(expires());
		ProcessInstance list = listProcess(call);
		// The money check is the asynchronous step after the import's commit: nothing was offered inside it.
		assertThat(entries).allSatisfy(e -> assertThat(e.getLastOfferedIn()).isNull());

		reserve.runOffers();

		BpmnAwareTests.assertThat(list).isWaitingAt(ReserveListProcess.BOARD_DECIDES);
		assertThat(lists.entries(callId(call))).filteredOn(e -> e.getLastOfferedIn() != null)
			.extracting(ReserveEntry::getRankPosition).containsExactly(1, 3);

		// The Board approves the first: the imported project becomes a grant like any reserved proposal.
		ReserveEntry first = lists.entries(callId(call)).get(0);
		String grantRef = ProposalAwarded.grantRef(first.getProposalId());
		tx.executeWithoutResult(t -> {
			long entry = ledger.commit(grantRef, Money.of("30000.00"), "Reserve offer approved");
			outcomes.award(first.getProposalId(), grantRef, "trustee");
			events.publishEvent(new ProposalAwarded(first.getProposalId(), callId(call), first.getOrganisationId(),
					grantRef, Money.of("30000.00"), first.getLastOfferedIn(), LocalDate.now(ZoneOffset.UTC), entry));
		});
		assertThat(proposals.get(first.getProposalId()).getStatus()).isEqualTo(ProposalStatus.AWARDED);
		assertThat(lists.entries(callId(call)).get(0).getState()).isEqualTo(EntryState.AWARDED);
		assertThat(jdbc.queryForMap("select organisation_id, amount, status, duration_months from fund_grant where "
				+ "proposal_id = ?", first.getProposalId()))
			.containsEntry("ORGANISATION_ID", first.getOrganisationId())
			.containsEntry("AMOUNT", new java.math.BigDecimal("30000.00")).containsEntry("STATUS", "OFFERED")
			.containsEntry("DURATION_MONTHS", 24);
	}

	@Test
	void anImportedListOffersAProjectWhenAContributionArrives() {
		reserve.drain();
		reserve.sittingBoard();
		String call = pastCall("RC2-" + run);
		assertThat(imports.run("reserve-list", List.of(project(call, call + "/1", 1, "30000.00", "D-" + run)))
			.problems()).isEmpty();
		reserve.runOffers();
		ProcessInstance list = listProcess(call);
		BpmnAwareTests.assertThat(list).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);

		fixtures.payIntoFund("35000.00");
		reserve.runOffers();

		BpmnAwareTests.assertThat(list).isWaitingAt(ReserveListProcess.BOARD_DECIDES);
		assertThat(lists.entries(callId(call))).extracting(e -> e.getLastOfferedIn() != null).containsExactly(true);
	}

	@Test
	void reimportChangesNothingAndBadRowsAreRefusedByRowAndColumnWithNothingWritten() {
		String call = pastCall("RC3-" + run);
		List<Map<String, String>> file = List.of(project(call, call + "/1", 1, "30000.00", "E-" + run));
		assertThat(imports.run("reserve-list", file).outcomes()).containsExactly(RowOutcome.WRITTEN);
		long entries = jdbc.queryForObject("select count(*) from reserve_entry", Long.class);
		assertThat(imports.run("reserve-list", file).outcomes()).containsExactly(RowOutcome.ALREADY_IMPORTED);
		assertThat(jdbc.queryForObject("select count(*) from reserve_entry", Long.class)).isEqualTo(entries);

		String fresh = pastCall("RC4-" + run);
		Map<String, String> otherCountry = new java.util.HashMap<>(project(fresh, fresh + "/5", 5, "1.00", "E-" + run));
		otherCountry.put("country", "VN");
		Map<String, String> otherExpiry = new java.util.HashMap<>(project(fresh, fresh + "/6", 6, "1.00", "F-" + run));
		otherExpiry.put("expires_on", expires().plusDays(1).toString());
		Map<String, String> expired = new java.util.HashMap<>(project(fresh, fresh + "/7", 7, "1.00", "G-" + run));
		expired.put("expires_on", "2016-12-31");
		var result = imports.run("reserve-list", List.of(project(fresh, fresh + "/1", 1, "10000.00", "H-" + run),
				project(fresh, fresh + "/2", 1, "1,000.00", "I-" + run), project(call, call + "/9", 2, "1.00", "J-" + run),
				project("NONE-" + run, fresh + "/4", 4, "1.00", "K-" + run), otherCountry, otherExpiry, expired,
				project(fresh, fresh + "/1", 8, "1.00", "L-" + run)));

		assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
			.contains(tuple(3L, "rank", "history.error.reserve-list.rankOrder"),
					tuple(3L, "amount", "history.error.amount"),
					tuple(4L, "call_reference", "history.error.reserve-list.listExists"),
					tuple(5L, "call_reference", "history.error.reserve-list.unknownCall"),
					tuple(6L, "country", "history.error.reserve-list.organisationOtherCountry"),
					tuple(7L, "expires_on", "history.error.reserve-list.expiryDiffers"),
					tuple(8L, "expires_on", "history.error.reserve-list.expired"),
					tuple(9L, "reference", "history.error.reserve-list.duplicateReference"));
		assertThat(result.problems()).noneMatch(p -> p.row() == 2L);
		assertThat(jdbc.queryForObject("select count(*) from reserve_entry", Long.class)).isEqualTo(entries);
		assertThat(listProcess(fresh)).isNull();
	}
}
