package org.trustfund.reserve.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.reserve.ReserveOffering;

/** Every project has left the list (awarded or withdrawn): the list closes. */
@Component("closeEmptyReserveList")
class CloseEmptyList implements JavaDelegate {

	private final ReserveOffering offering;

	CloseEmptyList(ReserveOffering offering) {
		this.offering = offering;
	}

	@Override
	public void execute(DelegateExecution execution) {
		offering.closeEmpty(recordId(execution));
	}
}
