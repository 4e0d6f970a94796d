package org.trustfund.reserve.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.reserve.ReserveOffering;

/** The expiry date passed: the remaining projects are told they will not be funded in this cycle. */
@Component("expireReserveList")
class ExpireList implements JavaDelegate {

	private final ReserveOffering offering;

	ExpireList(ReserveOffering offering) {
		this.offering = offering;
	}

	@Override
	public void execute(DelegateExecution execution) {
		offering.expire(recordId(execution));
	}
}
