package org.trustfund.proposals;

import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.trustfund.shared.Note;
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
	private final MessageSource messages;

	ProposalHistory(ProposalEvents events, NotificationService notifications, Clock clock, MessageSource messages) {
		this.events = events;
		this.notifications = notifications;
		this.clock = clock;
		this.messages = messages;
	}

	/** A step the NGO sees on its proposal's page. */
	void shared(Proposal p, String actor, String action, String note) {
		events.save(new ProposalEvent(p.getId(), clock.instant(), actor, action, note, true));
	}

	/** A step the NGO sees, with a note the system wrote: shown in each reader's language, kept in English too. */
	void sharedNote(Proposal p, String actor, String action, Note note) {
		events.save(new ProposalEvent(p.getId(), clock.instant(), actor, action, note.english(messages), note, true));
	}

	/** @return the note's English text, as the proposal and the history's note column keep it */
	String english(Note note) {
		return note.english(messages);
	}

	/** A step only the fund's staff see, with a note the system wrote (as for the shared one). */
	void internalNote(Proposal p, String actor, String action, Note note) {
		events.save(new ProposalEvent(p.getId(), clock.instant(), actor, action, note.english(messages), note, false));
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
