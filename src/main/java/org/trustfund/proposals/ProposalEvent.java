package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.trustfund.shared.HistoryLine;
import org.trustfund.shared.Note;

/**
 * One line of a proposal's history: who did what, when and why. Lines marked shared are the decisions
 * and reasons the NGO sees; the others (reviewer assignments, conflicts, moderation) stay internal.
 */
@Entity
@NamedInterface("api")
public class ProposalEvent extends HistoryLine {

	private Long proposalId;
	private boolean sharedWithNgo;

	protected ProposalEvent() {
	}

	ProposalEvent(Long proposalId, Instant at, String actor, String action, String note, boolean sharedWithNgo) {
		this(proposalId, at, actor, action, note, null, sharedWithNgo);
	}

	/** @param keyed the system's note as a key and arguments ({@code note} is its English text), or {@code null} */
	ProposalEvent(Long proposalId, Instant at, String actor, String action, String note, Note keyed,
			boolean sharedWithNgo) {
		super(at, actor, action, note, keyed);
		this.proposalId = proposalId;
		this.sharedWithNgo = sharedWithNgo;
	}

	public boolean isSharedWithNgo() {
		return sharedWithNgo;
	}
}
