package org.trustfund.reserve.web;

import org.trustfund.shared.Notes;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.calls.CallService;
import org.trustfund.shared.Money;
import org.trustfund.reserve.ReserveListException;
import org.trustfund.reserve.ReserveListService;
import org.trustfund.reserve.web.ReserveViews.ListDetail;
import org.trustfund.reserve.web.ReserveViews.ListSummary;
import org.trustfund.security.CurrentUser;

@RestController
@Tag(name = "Reserve lists", description = "Each call's reserve list: projects waiting for money in rank order")
class ReserveApiController {

	private final ReserveListService reserve;
	private final CallService calls;
	private final Notes notes;

	ReserveApiController(ReserveListService reserve, CallService calls, Notes notes) {
		this.notes = notes;
		this.reserve = reserve;
		this.calls = calls;
	}

	@GetMapping("/api/reserve")
	@PreAuthorize("hasAuthority('READ_RESERVE_LISTS')")
	List<ListSummary> lists() {
		Money available = reserve.available();
		return reserve.lists().stream().map(l -> ReserveViews.summary(l, reserve, calls, available)).toList();
	}

	@GetMapping("/api/reserve/{callId}")
	@PreAuthorize("hasAuthority('READ_RESERVE_LISTS')")
	ListDetail list(@PathVariable long callId) {
		return ReserveViews.detail(callId, reserve, calls, notes);
	}

	@PostMapping("/api/reserve/{callId}/withdrawals")
	@PreAuthorize("hasAuthority('MANAGE_RESERVE_LISTS')")
	ListDetail withdraw(@PathVariable long callId, @RequestBody WithdrawForm form) {
		if (form.proposalId() == null) {
			throw new ReserveListException("proposalId", "error.reserve.chooseProject", "Choose the project to withdraw");
		}
		reserve.withdraw(callId, form.proposalId(), form.reason(), CurrentUser.username());
		return ReserveViews.detail(callId, reserve, calls, notes);
	}

	@PostMapping("/api/reserve/{callId}/expiry")
	@PreAuthorize("hasAuthority('MANAGE_RESERVE_LISTS')")
	ListDetail changeExpiry(@PathVariable long callId, @RequestBody ExpiryForm form) {
		reserve.changeExpiry(callId, form.expiresOn(), form.reason(), CurrentUser.username());
		return ReserveViews.detail(callId, reserve, calls, notes);
	}
}
