package org.trustfund.proposals;

import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.notifications.NotificationService;

/** Records what happened to a proposal and tells the people concerned, in the caller's transaction. */
@Component
class ProposalHistory {

	private final ProposalEvents events;
	private final NotificationService notifications;
	private final Clock clock;

	ProposalHistory(ProposalEvents events, NotificationService notifications, Clock clock) {
		this.events = events;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** A step the NGO sees on its proposal's page. */
	void shared(Proposal p, String actor, String action, String note) {
		events.save(new ProposalEvent(p.getId(), clock.instant(), actor, action, note, true));
	}

	/** A step only the fund's staff see (reviewer assignments, conflicts, moderation). */
	void internal(Proposal p, String actor, String action, String note) {
		events.save(new ProposalEvent(p.getId(), clock.instant(), actor, action, note, false));
	}

	/**
	 * Tells the proposal's NGO, each member in their language.
	 *
	 * @param subject a bundle key whose text has {@code {0}} for the proposal's title
	 * @param body the body's key and arguments
	 */
	void tellNgo(Proposal p, String subject, Text body) {
		notifications.notifyOrganisation(p.getOrganisationId(), Text.of(subject, p.getTitle()), body, link(p));
	}

	/** Tells every fund manager; {@code subject} as for {@link #tellNgo}. */
	void tellFundManagers(Proposal p, String subject, Text body) {
		notifications.notifyHolders(Permission.MANAGE_CALLS, Text.of(subject, p.getTitle()), body, link(p));
	}

	/** Tells one user; {@code subject} as for {@link #tellNgo}. */
	void tellUser(String username, Proposal p, String subject, Text body) {
		notifications.notifyUser(username, Text.of(subject, p.getTitle()), body, link(p));
	}

	@Transactional(readOnly = true)
	List<ProposalEvent> of(long proposalId) {
		return events.findByProposalIdOrderByAtAscIdAsc(proposalId);
	}

	static String link(Proposal p) {
		return "/proposals/" + p.getId();
	}
}
