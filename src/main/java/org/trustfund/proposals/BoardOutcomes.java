package org.trustfund.proposals;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Board and the reserve list decided about a proposal, recorded on the proposal and told to its
 * NGO, in the caller's transaction. The NGO hears the outcome and its reason, never the votes.
 */
@Service
public class BoardOutcomes {

	private final ProposalService proposals;
	private final ProposalHistory history;

	BoardOutcomes(ProposalService proposals, ProposalHistory history) {
		this.proposals = proposals;
		this.history = history;
	}

	@Transactional
	public Proposal award(long proposalId, String grantRef, String actor) {
		Proposal p = proposals.get(proposalId);
		p.award();
		history.shared(p, actor, "AWARDED", "Grant " + grantRef + " of USD " + p.getAmountRequested().toPlainString());
		history.tellNgo(p, "Your project is funded", "The Board of Trustees approved a grant of USD "
				+ p.getAmountRequested().toPlainString() + ". The grant agreement follows.");
		return p;
	}

	@Transactional
	public Proposal placeOnReserveList(long proposalId, String why, String actor) {
		Proposal p = proposals.get(proposalId);
		p.placeOnReserveList();
		history.shared(p, actor, "RESERVE_LIST", why);
		history.tellNgo(p, "Your project is on the reserve list", why);
		return p;
	}

	@Transactional
	public Proposal decline(long proposalId, String reason, String actor) {
		Proposal p = proposals.get(proposalId);
		p.declineByBoard(reason);
		history.shared(p, actor, "DECLINED_BY_BOARD", reason);
		history.tellNgo(p, "Your project will not be funded", reason);
		return p;
	}

	@Transactional
	public Proposal reserveListExpired(long proposalId, String reason, String actor) {
		Proposal p = proposals.get(proposalId);
		p.reserveListExpired(reason);
		history.shared(p, actor, "NOT_FUNDED", reason);
		history.tellNgo(p, "Your project will not be funded in this cycle", reason);
		return p;
	}

	@Transactional
	public Proposal withdrawFromReserveList(long proposalId, String reason, String actor) {
		Proposal p = proposals.get(proposalId);
		p.withdrawFromReserveList(reason);
		history.shared(p, actor, "WITHDRAWN", reason);
		history.tellNgo(p, "Your project left the reserve list", reason);
		return p;
	}

	/** A note on the proposal's history that the NGO does not see (e.g. carried to the next session). */
	@Transactional
	public void note(long proposalId, String action, String note, String actor) {
		history.internal(proposals.get(proposalId), actor, action, note);
	}
}
