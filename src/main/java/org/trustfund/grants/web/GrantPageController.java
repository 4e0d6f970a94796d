package org.trustfund.grants.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.calls.AssistanceService;
import org.trustfund.grants.Amendment;
import org.trustfund.grants.AmendmentService;
import org.trustfund.grants.Disbursements;
import org.trustfund.grants.GrantAccess;
import org.trustfund.grants.GrantAmendmentProcess;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.grants.GrantQueries;
import org.trustfund.grants.GrantStatus;
import org.trustfund.grants.GrantTasks;
import org.trustfund.grants.web.GrantViews.GrantView;
import org.trustfund.calls.CallService;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;
import org.trustfund.web.CsvExport;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;
import org.trustfund.security.Permission;
import org.trustfund.shared.Money;

/** One grant's page and its forms (the lists and the CSV are {@link GrantListController}'s). */
@Controller
class GrantPageController {

	private final Clock clock;
	private final GrantReads reads;
	private final GrantQueries queries;
	private final GrantTasks tasks;
	private final Disbursements disbursements;
	private final AmendmentService amendments;
	private final CallService calls;

	GrantPageController(GrantReads reads, GrantQueries queries, GrantTasks tasks, Disbursements disbursements,
			AmendmentService amendments, CallService calls, Clock clock) {
		this.clock = clock;
		this.calls = calls;
		this.reads = reads;
		this.queries = queries;
		this.tasks = tasks;
		this.disbursements = disbursements;
		this.amendments = amendments;
	}

	/**
	 * The grant's page at its reference ({@code /grants/G-52}); the id's address ({@code /grants/31}, older links
	 * and messages) redirects there once the reader may see the grant.
	 *
	 * @throws NotFoundException (404) when no grant has this reference or id, for readers of every grant; an NGO
	 *         member gets 403 for it, as for another organisation's grant
	 */
	@GetMapping("/grants/{key}")
	@PreAuthorize("hasAuthority('READ_GRANTS')")
	String show(@PathVariable String key, Model model) {
		Long id = reads.idOf(key);
		if (id == null) {
			throw GrantReads.missing(CurrentUser.get(), key);
		}
		reads.readable(id, CurrentUser.get());
		String path = reads.path(id);
		if (!path.equals("/grants/" + key)) {
			return "redirect:" + path;
		}
		return show(id, model);
	}

	private String show(long id, Model model) {
		AppUser user = CurrentUser.get();
		GrantView grant = reads.view(id, user);
		model.addAttribute("grant", grant);
		model.addAttribute("services", AssistanceService.values());
		boolean own = user.can(Permission.ACT_AS_GRANTEE) && user.organisationId() != null
				&& user.organisationId() == grant.organisationId();
		model.addAttribute("own", own);
		model.addAttribute("fundManager", GrantAccess.managesGrants(user));
		model.addAttribute("canAmend", own && GrantStatus.ACTIVE.name().equals(grant.status()));
		String[] keys = own ? new String[] { GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK, GrantLifecycleProcess.SUBMIT_REPORT_TASK }
				: GrantAccess.managesGrants(user) ? new String[] { GrantLifecycleProcess.DISBURSE_TRANCHE_TASK,
						GrantLifecycleProcess.REVIEW_REPORT_TASK, GrantLifecycleProcess.FOLLOW_UP_OVERDUE_TASK } : new String[0];
		List<String[]> open = new ArrayList<>();
		for (String key : keys) {
			String taskId = tasks.openTask(GrantLifecycleProcess.KEY, id, key);
			if (taskId != null) {
				open.add(new String[] { taskId, "task." + key });
			}
		}
		if (GrantAccess.managesGrants(user)) {
			grant.amendments().stream().filter(a -> "REQUESTED".equals(a.status())).forEach(a -> {
				String taskId = tasks.openTask(GrantAmendmentProcess.KEY, a.id(), GrantAmendmentProcess.DECIDE_TASK);
				if (taskId != null) {
					open.add(new String[] { taskId, "task." + GrantAmendmentProcess.DECIDE_TASK });
				}
			});
		}
		model.addAttribute("openTasks", open);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("values", Map.of());
		}
		return "grants/show";
	}

	/** Asks for an amendment of the grant at {@code key} (its reference or id, as for refunds). */
	@PostMapping("/grants/{key}/amendments")
	@PreAuthorize("hasAuthority('ACT_AS_GRANTEE')")
	String amend(@PathVariable String key, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect) {
		// a grant that does not exist is refused as another organisation's is (403), never 404
		Long found = reads.idOf(key);
		if (found == null) {
			throw GrantReads.missing(CurrentUser.get(), key);
		}
		long id = found;
		reads.readable(id, CurrentUser.get());
		try {
			Amendment.Kind kind = "REALLOCATION".equals(fields.get("kind")) ? Amendment.Kind.REALLOCATION
					: "EXTENSION".equals(fields.get("kind")) ? Amendment.Kind.EXTENSION : null;
			amendments.request(id, new AmendmentService.Request(kind, date(fields.get("newEndsOn")), amounts(fields),
					fields.get("justification")), CurrentUser.get());
			redirect.addFlashAttribute("flash", "grants.amendmentRequested");
			return "redirect:" + reads.path(id);
		}
		catch (ValidationException e) {
			return again(id, fields, e.fieldErrors(), model);
		}
		catch (ConflictException e) {
			return again(id, fields, Map.of("kind", e.inReadersLanguage()), model);
		}
	}

	/**
	 * Records a refund on the grant at {@code key}: its reference ({@code G-2014-30}) as the grant's page has it, or
	 * its id. An amount written with a decimal comma ({@code 1500,50}) is refused with the point form to write, as
	 * on the budget lines.
	 *
	 * @throws NotFoundException (404) when no grant has this reference or id
	 */
	@PostMapping("/grants/{key}/refunds")
	@PreAuthorize("hasAuthority('MANAGE_GRANTS')")
	String refund(@PathVariable String key, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect) {
		long id = grantId(key);
		try {
			BigDecimal amount;
			try {
				amount = org.trustfund.shared.AmountText.number(fields.getOrDefault("amount", ""));
			}
			catch (org.trustfund.shared.AmountText.NotANumber e) {
				if (e.problem() == org.trustfund.shared.AmountText.Problem.DECIMAL_COMMA) {
					throw ValidationException.keyed("amount", "error.amount.decimalComma",
							"Write " + e.suggestion() + ": use a point for decimals (commas only between groups of three digits, as in 1,500.50)",
							e.suggestion());
				}
				throw ValidationException.keyed("amount", "error.refund.amount", "Give the amount returned in " + Money.CURRENCY);
			}
			disbursements.refund(id, amount, date("receivedOn", fields.get("receivedOn")), fields.get("reference"),
					CurrentUser.username());
			redirect.addFlashAttribute("flash", "grants.refundRecorded");
			return "redirect:" + reads.path(id);
		}
		catch (ValidationException e) {
			return again(id, fields, e.fieldErrors(), model);
		}
		catch (ConflictException e) {
			return again(id, fields, Map.of("reference", e.inReadersLanguage()), model);
		}
	}

	/** @throws NotFoundException (404) when no grant has the reference or id {@code key} */
	/** The id of the grant at {@code key} (its reference or id), for the fund's staff: 404 when none. */
	private long grantId(String key) {
		Long id = reads.idOf(key);
		if (id == null) {
			throw org.trustfund.shared.NotFoundException.keyed("notFound.grant", "No grant " + key, key);
		}
		return id;
	}

	private String again(long id, Map<String, String> fields, Map<String, String> errors, Model model) {
		model.addAttribute("errors", errors);
		model.addAttribute("values", fields);
		return show(id, model);
	}

	private static LocalDate date(String value) {
		return date("newEndsOn", value);
	}

	private static LocalDate date(String field, String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw ValidationException.keyed(field, "error.date.format", "Give the date as YYYY-MM-DD");
		}
	}

	private static List<BigDecimal> amounts(Map<String, String> fields) {
		List<BigDecimal> result = new ArrayList<>();
		for (int i = 0; fields.containsKey("newAmount" + i); i++) {
			try {
				result.add(org.trustfund.shared.AmountText.number(fields.get("newAmount" + i)));
			}
			catch (NumberFormatException e) {
				throw ValidationException.keyed("newAmounts", "error.amendment.lineAmount",
						"Give a new amount (in " + Money.CURRENCY + ") for every budget line");
			}
		}
		return result.isEmpty() ? null : result;
	}
}
