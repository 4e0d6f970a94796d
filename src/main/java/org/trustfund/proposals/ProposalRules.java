package org.trustfund.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trustfund.shared.ValidationException;

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
		if (status != ProposalStatus.DRAFT) {
			throw new ProposalStateException("The proposal is already submitted");
		}
		Map<String, ValidationException.Keyed> errors = new LinkedHashMap<>();
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
					"The amount requested is above the call's ceiling of USD " + call.ceilingPerGrant().toPlainString(),
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
}
