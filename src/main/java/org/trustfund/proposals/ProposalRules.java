package org.trustfund.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.Money;

/**
 * The proposal rules, without any database, in the style of the ledger's money rules: each is a function of
 * plain values that throws when the rule is broken, and {@link Proposal} calls it before it changes state.
 */
final class ProposalRules {

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

	private ProposalRules() {
	}

	/**
	 * What submission checks against, read from the call and the organisation when the NGO submits.
	 * @param deadlineAt the call's submission deadline (an instant)
	 * @param timeZone the call's time zone, in which the deadline is shown to the NGO
	 * @param acceptingSubmissions whether the call is open and has opened ({@code Call#acceptsSubmissions})
	 * @param ceilingPerGrant the call's largest grant, USD
	 * @param maxDurationMonths the call's longest project, in months
	 * @param organisationVerified whether the secretariat verified the NGO
	 */
	record SubmissionTerms(Instant deadlineAt, ZoneId timeZone, boolean acceptingSubmissions,
			BigDecimal ceilingPerGrant, int maxDurationMonths, boolean organisationVerified) {
	}

	/**
	 * Whether a proposal may be submitted now: a draft, before the call's deadline while the call accepts
	 * proposals, within the call's ceiling (USD) and longest duration, from a verified organisation.
	 * @param amountRequested USD
	 * @throws ProposalStateException when the proposal is no longer a draft
	 * @throws ValidationException with every broken rule by field ({@code callId}, {@code amountRequested},
	 *         {@code durationMonths}, {@code organisation})
	 */
	static void submission(ProposalStatus status, BigDecimal amountRequested, int durationMonths,
			SubmissionTerms call, Instant now) {
		submission(status, amountRequested, durationMonths, call, now, Map.of());
	}

	/**
	 * As {@link #submission(ProposalStatus, BigDecimal, int, SubmissionTerms, Instant)}, listing first the
	 * {@code incomplete} fields (field to message, from {@link #completeness}) with the call's broken rules.
	 */
	static void submission(ProposalStatus status, BigDecimal amountRequested, int durationMonths,
			SubmissionTerms call, Instant now, Map<String, String> incomplete) {
		if (status != ProposalStatus.DRAFT) {
			throw new ProposalStateException("conflict.proposal.submitted", "The proposal is already submitted");
		}
		// what the draft lacks comes first, already in the reader's language (ProposalChecklist); a key the
		// bundles do not have leaves that text as it is
		Map<String, ValidationException.Keyed> errors = new LinkedHashMap<>();
		incomplete.forEach((field, text) -> errors.put(field, new ValidationException.Keyed("proposal.incomplete", text, text)));
		if (!now.isBefore(call.deadlineAt())) {
			String deadline = DEADLINE.format(call.deadlineAt().atZone(call.timeZone()));
			errors.put("callId", new ValidationException.Keyed("proposal.rule.deadlinePassed",
					"The submission deadline passed on " + deadline, deadline));
		}
		else if (!call.acceptingSubmissions()) {
			errors.put("callId", new ValidationException.Keyed("proposal.rule.notAccepting",
					"This call does not accept proposals now"));
		}
		if (amountRequested.compareTo(call.ceilingPerGrant()) > 0) {
			errors.put("amountRequested", new ValidationException.Keyed("proposal.rule.aboveCeiling",
					"The amount requested is above the call's ceiling of " + Money.CURRENCY + " " + call.ceilingPerGrant().toPlainString(),
					call.ceilingPerGrant().toPlainString()));
		}
		if (durationMonths > call.maxDurationMonths()) {
			errors.put("durationMonths", new ValidationException.Keyed("proposal.rule.tooLong",
					"The call funds projects of at most " + call.maxDurationMonths() + " months",
					String.valueOf(call.maxDurationMonths())));
		}
		if (!call.organisationVerified()) {
			errors.put("organisation", new ValidationException.Keyed("proposal.rule.notVerified",
					"Your organisation must be verified by the secretariat before it submits"));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
	}

	/**
	 * One line of a draft's checklist: a message key ({@code proposal.check.<field>}, with {@code args}) saying
	 * what a complete proposal has, the field it is about (an id on the proposal form), and whether it is met.
	 */
	record Check(String field, String key, List<Object> args, boolean met) {
	}

	/**
	 * What a complete proposal has, in the order of the form's fields, each met or not: title, country, target
	 * groups, services, victims per year, duration, narrative, contact, budget lines each with a category and an
	 * amount above zero, lines adding up to the amount requested (USD; a budget of no line adds up to an amount of 0,
	 * which the lines' check refuses), and at least one document.
	 * A draft may be saved with any of these unmet; submission needs them all.
	 *
	 * @param content the draft as saved (blank text, 0 and empty sets mean "not given")
	 * @param documents how many documents are attached
	 * @return every check, met or not, never empty
	 */
	static List<Check> completeness(ProposalContent content, int documents) {
		List<Check> checks = new ArrayList<>();
		checks.add(check("title", !content.title().isBlank()));
		checks.add(check("country", !content.country().isBlank()));
		checks.add(check("targetGroups", !content.targetGroups().isEmpty()));
		checks.add(check("services", !content.services().isEmpty()));
		checks.add(check("victimsPerYear", content.victimsPerYear() > 0));
		checks.add(check("durationMonths", content.durationMonths() > 0));
		checks.add(check("narrative", !content.narrative().isBlank()));
		checks.add(check("contactName", !content.contactName().isBlank()));
		checks.add(check("contactEmail", content.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")));
		List<BudgetLine> lines = content.budgetLines();
		checks.add(check("budgetLines", !lines.isEmpty() && lines.stream()
			.allMatch(l -> l.category() != null && l.amount() != null && l.amount().signum() > 0)));
		BigDecimal sum = lines.stream().map(BudgetLine::amount).filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal amount = content.amountRequested() == null ? BigDecimal.ZERO : content.amountRequested();
		checks.add(new Check("budgetBalanced", "proposal.check.budgetBalanced",
				List.of(org.trustfund.shared.Money.grouped(sum.setScale(2, java.math.RoundingMode.HALF_UP)),
						org.trustfund.shared.Money.grouped(amount.setScale(2, java.math.RoundingMode.HALF_UP))),
				sum.compareTo(amount) == 0));
		checks.add(check("documents", documents > 0));
		return checks;
	}

	private static Check check(String field, boolean met) {
		return new Check(field, "proposal.check." + field, List.of(), met);
	}
}
