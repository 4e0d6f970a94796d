package org.trustfund.donors.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.donors.web.DonorViews.PledgeView;
import org.trustfund.donors.web.DonorViews.WriteOff;
import org.trustfund.security.CurrentUser;

@RestController
@RequestMapping("/api/pledges")
@PreAuthorize("hasAuthority('MANAGE_DONORS')")
@Tag(name = "Pledges", description = "Donors' promises to pay, followed up when unpaid (fund managers only)")
class PledgeApiController {

	private final PledgeService pledges;

	PledgeApiController(PledgeService pledges) {
		this.pledges = pledges;
	}

	@GetMapping
	List<PledgeView> all() {
		return pledges.all().stream().map(PledgeView::of).toList();
	}

	@PostMapping
	@Operation(summary = "Record a pledge; starts its follow-up process")
	ResponseEntity<PledgeView> create(@RequestBody PledgeForm form) {
		Pledge pledge = pledges.create(form, CurrentUser.username());
		return ResponseEntity.created(URI.create("/api/pledges/" + pledge.getId())).body(PledgeView.of(pledge));
	}

	@GetMapping("/{id}")
	PledgeView one(@PathVariable long id) {
		return PledgeView.of(pledges.get(id));
	}

	@PostMapping("/{id}/write-off")
	@Operation(summary = "Write off an open or partly paid pledge with a reason; ends its follow-up")
	PledgeView writeOff(@PathVariable long id, @RequestBody WriteOff body) {
		pledges.writeOff(id, body.reason(), CurrentUser.username());
		return PledgeView.of(pledges.get(id));
	}
}
