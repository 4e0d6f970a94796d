package org.trustfund.grants.web;

import org.trustfund.shared.ValidationException;
import static org.trustfund.grants.GrantLifecycleProcess.*;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.trustfund.web.ListPage;
import org.trustfund.web.ListQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.grants.Amendment;
import org.trustfund.grants.AmendmentService;
import org.trustfund.grants.Disbursements;
import org.trustfund.grants.GrantAmendmentProcess;
import org.trustfund.grants.GrantAccess;
import org.trustfund.grants.GrantQueries;
import org.trustfund.grants.GrantRow;
import org.trustfund.grants.GrantStatus;
import org.trustfund.grants.GrantTasks;
import org.trustfund.grants.web.GrantViews.GrantView;
import org.trustfund.grants.web.GrantViews.PaymentView;
import org.trustfund.security.AppUser;

@RestController
@Tag(name = "Grants", description = "Grant agreements, tranches, progress reports, amendments, the disbursement view")
class GrantApiController {

	private final Clock clock;
	private final GrantReads reads;
	private final GrantQueries queries;
	private final GrantTasks tasks;
	private final Disbursements disbursements;
	private final AmendmentService amendments;

	GrantApiController(GrantReads reads, GrantQueries queries, GrantTasks tasks, Disbursements disbursements,
			AmendmentService amendments, Clock clock) {
		this.clock = clock;
		this.reads = reads;
		this.queries = queries;
		this.tasks = tasks;
		this.disbursements = disbursements;
		this.amendments = amendments;
	}

	record Summary(List<GrantQueries.Total> byCall, List<GrantQueries.Total> byCountry, List<GrantQueries.Total> byYear,
			List<GrantRow> overdue, GrantQueries.Results results) {
	}

	/**
	 * The grants the caller may see ({@link GrantAccess#visibleTo}: every grant for the fund's staff and the Board,
	 * an NGO member's own organisation's), with the search, filters, sort and paging of the grants page.
	 *
	 * @param params {@code q} (reference, title or organisation), {@code callId}, {@code country} (ISO alpha-2),
	 *        {@code status} (a {@code GrantStatus}), {@code overdue} ({@code true}: an overdue report),
	 *        {@code from}/{@code to} (award dates YYYY-MM-DD), {@code sort} ({@code ref}, {@code title},
	 *        {@code organisation}, {@code country}, {@code status}, {@code committed}, {@code disbursed},
	 *        {@code year}), {@code dir} ({@code asc}/{@code desc}), {@code page} (from 1) and {@code size} (1 to 200,
	 *        default 25)
	 * @return the page's grants (none for a page past the last); the header {@code X-Total-Count} gives how many match in all
	 * @throws org.trustfund.shared.ValidationException (400 problem details naming each parameter) for a value that
	 *         cannot be used
	 */
	@GetMapping("/api/grants")
	@PreAuthorize("hasAuthority('READ_GRANTS')")
	@Operation(summary = "Grants, searched, filtered and paged as on the grants page (an NGO member: its own). A value "
			+ "that cannot be used is a 400 naming it.", parameters = {
					@Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in the reference, title or organisation's name"),
					@Parameter(name = "callId", in = ParameterIn.QUERY, description = "The call's id"),
					@Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-2 country code"),
					@Parameter(name = "status", in = ParameterIn.QUERY, description = "The grant's status (ACTIVE, CLOSED, ...)"),
					@Parameter(name = "overdue", in = ParameterIn.QUERY, description = "true: grants with an overdue report"),
					@Parameter(name = "from", in = ParameterIn.QUERY, description = "Awarded on or after (YYYY-MM-DD)"),
					@Parameter(name = "to", in = ParameterIn.QUERY, description = "Awarded on or before (YYYY-MM-DD)"),
					@Parameter(name = "sort", in = ParameterIn.QUERY, description = "ref, title, organisation, country, status, committed, disbursed or year"),
					@Parameter(name = "dir", in = ParameterIn.QUERY, description = "asc or desc"),
					@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1"),
					@Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows per page, 1 to 200 (default 25)") })
	ResponseEntity<List<GrantRow>> list(@Parameter(hidden = true) @RequestParam Map<String, String> params,
			@AuthenticationPrincipal AppUser user) {
		ListQuery query = ListQuery.of("/api/grants", params, GrantListController.SORTS);
		GrantQueries.Filter filter = GrantAccess.visibleTo(user, GrantListController.filter(query));
		query.requireValid();
		long total = queries.count(filter);
		ListPage<GrantRow> page = ListPage.exact(query, total,
				(offset, size) -> queries.page(filter, query.sortColumn(), query.descending(), offset, size));
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(total)).body(page.rows());
	}

	@GetMapping("/api/grants/summary")
	@PreAuthorize("hasAuthority('READ_ALL_GRANTS')")
	Summary summary() {
		return new Summary(queries.totals("call"), queries.totals("country"), queries.totals("year"), queries.overdue(),
				queries.results(null));
	}

	@GetMapping("/api/grants/export.csv")
	@PreAuthorize("hasAuthority('READ_ALL_GRANTS')")
	void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
		ListQuery query = ListQuery.of("/api/grants/export.csv", params,
				GrantListController.SORTS);
		GrantListController.filter(query);
		query.requireValid();
		GrantListController.writeCsv(queries, query, response, LocalDate.now(clock));
	}

	@GetMapping("/api/grants/{id}")
	@PreAuthorize("hasAuthority('READ_GRANTS')")
	GrantView get(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
		return reads.view(id, user);
	}

	record Decision(String decision, String note) {
		Map<String, String> fields() {
			Map<String, String> f = new HashMap<>();
			f.put(DECISION, decision == null ? "" : decision);
			f.put(NOTE, note == null ? "" : note);
			return f;
		}
	}

	@PostMapping("/api/grants/{id}/acceptance")
	@PreAuthorize("hasAuthority('ACT_AS_GRANTEE')")
	GrantView acceptance(@PathVariable long id, @RequestBody Decision body, @AuthenticationPrincipal AppUser user) {
		reads.view(id, user);
		tasks.complete(KEY, id, ACCEPT_AGREEMENT_TASK, body.fields(), user,
				ValidationException.Keyed.word("conflict.grant.agreementNotWaiting", "The agreement is not waiting for an answer"));
		return reads.view(id, user);
	}

	record PaymentRequest(LocalDate paidOn, BigDecimal amount, String bankReference) {
	}

	/** Idempotent: the same bank reference and amount returns the payment already recorded (200), nothing is paid. */
	@PostMapping("/api/grants/{id}/disbursements")
	@PreAuthorize("hasAuthority('PAY_TRANCHE')")
	ResponseEntity<PaymentView> disburse(@PathVariable long id, @RequestBody PaymentRequest body,
			@AuthenticationPrincipal AppUser user) {
		var order = new Disbursements.PaymentOrder(body.paidOn(), body.amount(), body.bankReference());
		var earlier = order.bankReference().isEmpty() ? java.util.Optional.<org.trustfund.grants.Payment>empty()
				: disbursements.replay(id, order);
		if (earlier.isPresent()) {
			return ResponseEntity.ok(PaymentView.of(earlier.get()));
		}
		disbursements.requirePayable(id);
		Map<String, String> fields = new HashMap<>();
		fields.put("paidOn", body.paidOn() == null ? "" : body.paidOn().toString());
		fields.put("amount", body.amount() == null ? "" : body.amount().toPlainString());
		fields.put("bankReference", order.bankReference());
		tasks.complete(KEY, id, DISBURSE_TRANCHE_TASK, fields, user,
				ValidationException.Keyed.word("conflict.grant.noTrancheWaiting", "No tranche of this grant is waiting for payment"));
		return ResponseEntity.status(201).body(PaymentView.of(disbursements.replay(id, order).orElseThrow()));
	}

	/**
	 * The NGO's report: {@code women}, {@code girls}, {@code men}, {@code boys}, {@code services}
	 * (service: victims), {@code narrative} and {@code spent} (one amount per budget line, in order).
	 */
	@PostMapping("/api/grants/{id}/reports")
	@PreAuthorize("hasAuthority('ACT_AS_GRANTEE')")
	GrantView report(@PathVariable long id, @RequestBody Map<String, Object> body, @AuthenticationPrincipal AppUser user) {
		GrantView grant = reads.view(id, user);
		if (!"ACTIVE".equals(grant.status())) {
			throw org.trustfund.shared.ConflictException.keyed("conflict.grant.noReportSubmission", "Grant " + grant.grantRef()
					+ " is " + grant.status() + ": no report can be submitted", grant.grantRef(),
					new ValidationException.Keyed("grants.status." + grant.status(), grant.status()));
		}
		tasks.complete(KEY, id, SUBMIT_REPORT_TASK, ReportBody.fields(body), user,
				ValidationException.Keyed.word("conflict.grant.noReportOpen", "No report of this grant is open for submission (the "
						+ "grant may be closed, or the report not yet due or already submitted)"));
		return reads.view(id, user);
	}

	@PostMapping("/api/grants/{id}/reports/review")
	@PreAuthorize("hasAuthority('MANAGE_GRANTS')")
	GrantView review(@PathVariable long id, @RequestBody Decision body, @AuthenticationPrincipal AppUser user) {
		tasks.complete(KEY, id, REVIEW_REPORT_TASK, body.fields(), user,
				ValidationException.Keyed.word("conflict.grant.noReportToReview", "No report of this grant waits for review"));
		return reads.view(id, user);
	}

	record AmendmentRequest(Amendment.Kind kind, LocalDate newEndsOn, List<BigDecimal> newAmounts, String justification) {
	}

	@PostMapping("/api/grants/{id}/amendments")
	@PreAuthorize("hasAuthority('ACT_AS_GRANTEE')")
	ResponseEntity<GrantViews.AmendmentView> amend(@PathVariable long id, @RequestBody AmendmentRequest body,
			@AuthenticationPrincipal AppUser user) {
		// a grant that does not exist is refused as another organisation's is (403), never 404
		reads.readable(id, user);
		Amendment a = amendments.request(id, new AmendmentService.Request(body.kind(), body.newEndsOn(),
				body.newAmounts(), body.justification()), user);
		return ResponseEntity.status(201).body(GrantViews.AmendmentView.of(a));
	}

	@PostMapping("/api/grants/amendments/{amendmentId}/decision")
	@PreAuthorize("hasAuthority('MANAGE_GRANTS')")
	GrantViews.AmendmentView decide(@PathVariable long amendmentId, @RequestBody Decision body,
			@AuthenticationPrincipal AppUser user) {
		tasks.complete(GrantAmendmentProcess.KEY, amendmentId, GrantAmendmentProcess.DECIDE_TASK, body.fields(), user,
				ValidationException.Keyed.word("conflict.amendment.alreadyDecided", "This amendment was already decided"));
		return GrantViews.AmendmentView.of(amendments.get(amendmentId));
	}

	/** {@code receivedOn}: the day the money came back (the ledger's value date); empty means today. */
	record RefundRequest(BigDecimal amount, String reference, LocalDate receivedOn) {
	}

	@PostMapping("/api/grants/{id}/refunds")
	@PreAuthorize("hasAuthority('MANAGE_GRANTS')")
	ResponseEntity<GrantViews.RefundView> refund(@PathVariable long id, @RequestBody RefundRequest body,
			@AuthenticationPrincipal AppUser user) {
		return ResponseEntity.status(201).body(GrantViews.RefundView.of(disbursements.refund(id, body.amount(),
				body.receivedOn(), body.reference(), user.getUsername())));
	}
}
