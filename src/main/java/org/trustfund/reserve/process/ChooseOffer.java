package org.trustfund.reserve.process;

import static org.trustfund.processes.ProcessValues.flag;
import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.reserve.ReserveListProcess;
import org.trustfund.reserve.ReserveOffering;

/** New money (or the re-check after an offer): offers the projects the money allows, if any. */
@Component("chooseReserveOffer")
class ChooseOffer implements JavaDelegate {

	private final ReserveOffering offering;

	ChooseOffer(ReserveOffering offering) {
		this.offering = offering;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean afterOffer = flag(execution, ReserveListProcess.AFTER_OFFER);
		ReserveOffering.Offer offer = offering.chooseOffer(recordId(execution), afterOffer);
		execution.setVariable(ReserveListProcess.LIST_EMPTY, offer.listEmpty());
		execution.setVariable(ReserveListProcess.OFFER_MADE, offer.sessionId() != 0);
		execution.setVariable(ReserveListProcess.SESSION_ID, offer.sessionId());
		execution.setVariable(ReserveListProcess.AFTER_OFFER, false);
	}
}
