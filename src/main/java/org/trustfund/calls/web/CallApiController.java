package org.trustfund.calls.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallForm;
import org.trustfund.calls.CallService;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;

@RestController
@RequestMapping("/api/calls")
@Tag(name = "Calls", description = "Calls for proposals: fund managers draft and publish them")
class CallApiController {

	private final CallService calls;

	CallApiController(CallService calls) {
		this.calls = calls;
	}

	@GetMapping
	@Operation(summary = "Every call for fund managers; published calls for everyone else")
	List<CallView> all() {
		AppUser user = CurrentUser.get();
		return (CallAccess.staff(user) ? calls.all() : calls.published()).stream().map(CallView::of).toList();
	}

	@GetMapping("/{id}")
	CallView one(@PathVariable long id) {
		return CallView.of(CallAccess.visible(CurrentUser.get(), calls.get(id)));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('MANAGE_CALLS')")
	@Operation(summary = "Draft a call; the deadline is a local date-time in the call's time zone")
	ResponseEntity<CallView> draft(@Valid @RequestBody CallForm form) {
		Call call = calls.draft(form, CurrentUser.username());
		return ResponseEntity.created(URI.create("/api/calls/" + call.getId())).body(CallView.of(call));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('MANAGE_CALLS')")
	@Operation(summary = "Change a draft call")
	CallView update(@PathVariable long id, @Valid @RequestBody CallForm form) {
		return CallView.of(calls.update(id, form));
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAuthority('MANAGE_CALLS')")
	@Operation(summary = "Publish a draft: NGOs may submit until the deadline, when a timer closes the call")
	CallView publish(@PathVariable long id) {
		return CallView.of(calls.publish(id, CurrentUser.username()));
	}
}
