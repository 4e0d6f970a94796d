package org.trustfund.reserve.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.reserve.ReserveListProcess;
import org.trustfund.reserve.ReserveOffering;

/** The Board's written procedure returned: records it, tells the fund manager, and asks for a re-check. */
@Component("recordReserveOfferOutcome")
class RecordOfferOutcome implements JavaDelegate {

	private final ReserveOffering offering;

	RecordOfferOutcome(ReserveOffering offering) {
		this.offering = offering;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// The offer's session is the one the list recorded when it made the offer, not a variable.
		execution.setVariable(ReserveListProcess.LIST_EMPTY, offering.recordOutcome(recordId(execution)));
		execution.setVariable(ReserveListProcess.AFTER_OFFER, true);
	}
}
