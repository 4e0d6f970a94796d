package org.trustfund.proposals;

import org.trustfund.shared.Note;
import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.Money;
import org.trustfund.notifications.Text;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Board and the reserve list decided about a proposal, recorded on the proposal and told to its
 * NGO, in the caller's transaction. The NGO hears the outcome and its reason, never the votes.
 */
@Service
@NamedInterface("api")
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
		// The history's note holds only data (the grant's reference and amount), readable in either language.
		return decide(p, Proposal::award, actor, "AWARDED",
				grantRef + " — " + p.getAmountRequested().format(),
				"notice.proposal.funded", Text.of("notice.proposal.funded.body", p.getAmountRequested()));
	}

	@Transactional
	public Proposal placeOnReserveList(long proposalId, String why, String actor) {
		return decide(proposals.get(proposalId), Proposal::placeOnReserveList, actor, "RESERVE_LIST", why,
				"notice.proposal.reserve", Text.of("notice.data", why));
	}

	@Transactional
	public Proposal decline(long proposalId, String reason, String actor) {
		return decide(proposals.get(proposalId), p -> p.declineByBoard(reason), actor, "DECLINED_BY_BOARD", reason,
				"notice.proposal.declined", Text.of("notice.data", reason));
	}

	/**
	 * As {@link #decline(long, String, String)}, with a reason the system wrote: the history and the proposal show
	 * it in each reader's language and the NGO is told in theirs; the proposal keeps its English text too.
	 * @param reason a key of both bundles and its arguments ({@link Note})
	 * @throws org.trustfund.shared.ConflictException when the proposal's status does not allow it
	 */
	@Transactional
	public Proposal decline(long proposalId, Note reason, String actor) {
		Proposal p = proposals.get(proposalId);
		p.declineByBoard(reason, history.english(reason));
		history.sharedNote(p, actor, "DECLINED_BY_BOARD", reason);
		history.tellNgo(p, "notice.proposal.declined", new Text(reason.key(), reason.args()));
		return p;
	}

	@Transactional
	public Proposal reserveListExpired(long proposalId, String reason, String actor) {
		return decide(proposals.get(proposalId), p -> p.reserveListExpired(reason), actor, "NOT_FUNDED", reason,
				"notice.proposal.notFunded", Text.of("notice.data", reason));
	}

	/**
	 * As {@link #reserveListExpired(long, String, String)}, with a reason the system wrote: the history shows it
	 * in each reader's language and the NGO is told in theirs; the proposal keeps its English text.
	 * @param reason a key of both bundles and its arguments ({@link Note})
	 */
	@Transactional
	public Proposal reserveListExpired(long proposalId, Note reason, String actor) {
		Proposal p = proposals.get(proposalId);
		String english = history.english(reason);
		p.reserveListExpired(reason, english);
		history.sharedNote(p, actor, "NOT_FUNDED", reason);
		history.tellNgo(p, "notice.proposal.notFunded", new Text(reason.key(), reason.args()));
		return p;
	}

	@Transactional
	public Proposal withdrawFromReserveList(long proposalId, String reason, String actor) {
		return decide(proposals.get(proposalId), p -> p.withdrawFromReserveList(reason), actor, "WITHDRAWN", reason,
				"notice.proposal.withdrawn", Text.of("notice.data", reason));
	}

	/**
	 * The shape every outcome shares: the proposal's own rule changes its status (and throws when the status
	 * does not allow it, before anything is recorded), the shared history records the action, the NGO is told.
	 */
	private Proposal decide(Proposal p, Consumer<Proposal> rule, String actor, String action, String detail,
			String subject, Text body) {
		rule.accept(p);
		history.shared(p, actor, action, detail);
		history.tellNgo(p, subject, body);
		return p;
	}

	/** A note on the proposal's history that the NGO does not see (e.g. carried to the next session). */
	@Transactional
	public void note(long proposalId, String action, String note, String actor) {
		history.internal(proposals.get(proposalId), actor, action, note);
	}

	/** As {@link #note(long, String, String, String)}, with a note the system wrote, shown in each reader's language. */
	@Transactional
	public void note(long proposalId, String action, Note note, String actor) {
		history.internalNote(proposals.get(proposalId), actor, action, note);
	}
}
