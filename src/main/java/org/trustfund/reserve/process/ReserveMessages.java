package org.trustfund.reserve.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.trustfund.ledger.FundsReturned;
import org.trustfund.outbox.Deliveries;
import org.trustfund.reserve.ReserveListProcess;
import org.trustfund.reserve.ReserveListService.ReserveExpiryChanged;
import org.trustfund.reserve.ReserveListService.ReserveListEmptied;

/**
 * Tells the reserve-list processes what happened outside them. Money returned to the fund and the last
 * withdrawal are correlated after commit (as {@code donors.process.ContributionMessage} does), so the process
 * sees the committed state; correlateAll, since it is fine that no list waits. The outbox recorded both with the
 * change and retries them until they succeed; a repeated delivery is harmless (the list re-checks the balance;
 * an emptied list is closed once). A changed expiry date moves the waiting timer in the same transaction.
 */
@Component
class ReserveMessages {

	private static final Logger log = LoggerFactory.getLogger(ReserveMessages.class);

	static final String FUNDS_RETURNED = "reserve.funds-returned";
	static final String LIST_EMPTIED = "reserve.list-emptied";

	private final RuntimeService runtime;
	private final ManagementService management;
	private final Deliveries deliveries;

	ReserveMessages(RuntimeService runtime, ManagementService management, Deliveries deliveries) {
		this.runtime = runtime;
		this.management = management;
		this.deliveries = deliveries;
	}

	@TransactionalEventListener(id = FUNDS_RETURNED)
	public void fundsReturned(FundsReturned returned) {
		deliveries.deliver(FUNDS_RETURNED, returned, () -> {
			int reached = runtime.createMessageCorrelation(FundsReturned.MESSAGE).correlateAllWithResult().size();
			log.info("{} returned from {}: message {} reached {} reserve list(s)", returned.amount().format(),
					returned.grantRef(), FundsReturned.MESSAGE, reached);
		});
	}

	@TransactionalEventListener(id = LIST_EMPTIED)
	public void listEmptied(ReserveListEmptied emptied) {
		deliveries.deliver(LIST_EMPTIED, emptied,
				() -> runtime.createMessageCorrelation(ReserveListProcess.LIST_EMPTIED_MESSAGE)
					.processInstanceBusinessKey(Long.toString(emptied.callId())).correlateAllWithResult());
	}

	@EventListener
	public void expiryChanged(ReserveExpiryChanged changed) {
		management.createJobQuery().processDefinitionKey(ReserveListProcess.KEY)
			.processInstanceId(instanceId(changed.callId())).activityId(ReserveListProcess.EXPIRY_TIMER).timers()
			.list().forEach(job -> management.setJobDuedate(job.getId(), changed.expiresAt()));
	}

	private String instanceId(long callId) {
		var instance = runtime.createProcessInstanceQuery().processDefinitionKey(ReserveListProcess.KEY)
			.processInstanceBusinessKey(Long.toString(callId)).active().singleResult();
		return instance == null ? "none" : instance.getId();
	}
}
