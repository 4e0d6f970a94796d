package org.trustfund.reserve;

import org.trustfund.shared.Note;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.trustfund.board.ProposalAwarded;
import org.trustfund.board.ProposalReserved;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.reserve.ReserveEvent.Kind;
import org.trustfund.shared.ConflictException;

/**
 * Keeps the reserve lists in step with the Board, inside the Board's transaction: a reserved project joins
 * its call's list (the first one opens the list and starts its process); an awarded one leaves it.
 */
@Component
class ReserveIntake {

	private final ReserveLists lists;
	private final ReserveEntries entries;
	private final ReserveHistory history;
	private final ReserveSettings settings;
	private final ProposalService proposals;
	private final OrganisationService organisations;
	private final RuntimeService runtime;
	private final JdbcTemplate jdbc;

	ReserveIntake(ReserveLists lists, ReserveEntries entries, ReserveHistory history, ReserveSettings settings,
			ProposalService proposals, OrganisationService organisations, RuntimeService runtime, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.entries = entries;
		this.history = history;
		this.settings = settings;
		this.proposals = proposals;
		this.organisations = organisations;
		this.runtime = runtime;
	}

	@EventListener
	@Transactional
	public void on(ProposalReserved reserved) {
		ReserveList list = listOfThisTransaction(reserved.callId(), reserved.sessionId());
		List<String> existing = jdbc.queryForList("select state from reserve_entry where list_id = ? and proposal_id = ?",
				String.class, list.getId(), reserved.proposalId());
		if (!existing.isEmpty()) {
			if (EntryState.ON_LIST.name().equals(existing.get(0))) {
				return; // the same outcome applied twice: already on the list
			}
			throw ConflictException.keyed("conflict.reserve.left", "Project " + reserved.proposalId()
					+ " left this reserve list (" + existing.get(0) + ") and cannot be put on it again",
					String.valueOf(reserved.proposalId()), String.valueOf(existing.get(0)));
		}
		Proposal p = proposals.get(reserved.proposalId());
		var project = new ReserveEntry.Project(p.getId(), p.getOrganisationId(),
				organisations.get(p.getOrganisationId()).getName(), p.getCountry(), p.getTitle());
		entries.save(new ReserveEntry(list.getId(), project, reserved.rank(), reserved.amount(), reserved.sessionId(),
				history.now()));
		history.record(list, p.getId(), Kind.ADDED, Note.of("note.reserve.added", reserved.rank(), reserved.amount(),
				String.valueOf(reserved.sessionId())), "system");
	}

	@EventListener
	@Transactional
	public void on(ProposalAwarded awarded) {
		List<Long> onList = jdbc.queryForList("select id from reserve_entry where proposal_id = ? and state = ?",
				Long.class, awarded.proposalId(), EntryState.ON_LIST.name());
		for (ReserveEntry entry : entries.findAllById(onList)) {
			Note reason = Note.of("note.reserve.awarded", awarded.grantRef(), awarded.amount(),
					String.valueOf(awarded.sessionId()));
			entry.award(reason, history.english(reason), "system", history.now());
			ReserveList list = lists.findById(entry.getListId()).orElseThrow();
			history.record(list, entry.getProposalId(), Kind.AWARDED, reason, "system");
		}
	}

	/**
	 * The call's open list, locked once per transaction: a Board outcome reserves hundreds of projects in one
	 * transaction, and a query per project would make Hibernate check every loaded entity each time (O(n²)).
	 */
	private ReserveList listOfThisTransaction(long callId, long sessionId) {
		@SuppressWarnings("unchecked")
		Map<Long, Long> known = (Map<Long, Long>) TransactionSynchronizationManager.getResource(this);
		if (known == null) {
			Map<Long, Long> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ReserveIntake.this);
				}
			});
			known = fresh;
		}
		Long id = known.get(callId);
		if (id != null) {
			return lists.findById(id).orElseThrow();
		}
		ReserveList list = openList(callId, sessionId);
		known.put(callId, list.getId());
		return list;
	}

	private ReserveList openList(long callId, long sessionId) {
		LocalDate today = LocalDate.ofInstant(history.now(), ZoneOffset.UTC);
		ReserveList list = lists.lockByCallId(callId).orElse(null);
		if (list != null && list.isOpen()) {
			return list;
		}
		LocalDate expiry = today.plus(settings.validity());
		if (list == null) {
			list = lists.save(new ReserveList(callId, expiry, history.now()));
			history.record(list, null, Kind.LIST_OPENED, Note.of("note.reserve.opened", String.valueOf(sessionId),
					expiry), "system");
		}
		else {
			list.reopen(list.getExpiresOn().isBefore(today) ? expiry : list.getExpiresOn());
			history.record(list, null, Kind.LIST_OPENED, Note.of("note.reserve.reopened", String.valueOf(sessionId),
					list.getExpiresOn()), "system");
		}
		lists.flush();
		runtime.startProcessInstanceByKey(ReserveListProcess.KEY, Long.toString(callId),
				Map.of(ReserveListProcess.CALL_ID, callId, ReserveListProcess.SESSION_ID, 0L,
						ReserveListProcess.AFTER_OFFER, false));
		return list;
	}
}
