package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * Drafts saved as they are (issue 16 item 3): the proposal pages' "Save the draft" keeps whatever the NGO filled,
 * complete or not; completeness is checked when it submits ({@link ProposalChecklist}). Only what cannot be
 * stored is refused ({@link ProposalContent#partial}). Callers check who may act.
 */
@Service
@NamedInterface("api")
public class ProposalDrafts {

	private final Proposals proposals;
	private final CallService calls;
	private final ProposalHistory history;
	private final Clock clock;

	ProposalDrafts(Proposals proposals, CallService calls, ProposalHistory history, Clock clock) {
		this.proposals = proposals;
		this.calls = calls;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * A new draft of organisation {@code organisationId} (verified or not) to a published call that accepts
	 * proposals now.
	 *
	 * @param form what is filled so far; any field may be null or blank, amounts in USD; with no amount
	 *        requested, the amount is the sum of the budget lines
	 * @return the saved draft
	 * @throws NotFoundException if the call does not exist or is not published
	 * @throws ValidationException with a message key per field that cannot be stored, or {@code callId} when the
	 *         call does not accept proposals now
	 */
	@Transactional
	public Proposal saveNew(long callId, long organisationId, ProposalForm form, String actor) {
		Call call = calls.get(callId);
		if (!call.isPublished()) {
			throw NotFoundException.keyed("notFound.call", "No call " + callId, String.valueOf(callId));
		}
		if (!call.acceptsSubmissions(clock.instant())) {
			throw ValidationException.keyed("callId", "proposal.error.callClosed", "This call does not accept proposals now");
		}
		Proposal p = proposals.save(new Proposal(callId, organisationId, ProposalContent.partial(form), actor,
				clock.instant()));
		history.shared(p, actor, "DRAFTED", null);
		return p;
	}

	/**
	 * Saves draft {@code id} as filled now (see {@link #saveNew}).
	 *
	 * @throws NotFoundException if there is no proposal {@code id}
	 * @throws ProposalStateException if it is no longer a draft
	 * @throws ValidationException with a message key per field that cannot be stored
	 */
	@Transactional
	public Proposal save(long id, ProposalForm form, String actor) {
		Proposal p = proposals.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.proposal", "No proposal " + id, String.valueOf(id)));
		p.edit(ProposalContent.partial(form));
		return p;
	}
}
