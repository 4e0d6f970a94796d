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
import org.trustfund.donors.Contribution;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.web.DonorViews.ContributionView;
import org.trustfund.security.CurrentUser;

@RestController
@RequestMapping("/api/contributions")
@PreAuthorize("hasAuthority('MANAGE_DONORS')")
@Tag(name = "Contributions", description = "Paid contributions, booked in the fund ledger (fund managers only)")
class ContributionApiController {

	private final ContributionService contributions;

	ContributionApiController(ContributionService contributions) {
		this.contributions = contributions;
	}

	@GetMapping
	@Operation(summary = "The latest 200 contributions")
	List<ContributionView> latest() {
		return contributions.latest().stream().map(ContributionView::of).toList();
	}

	@PostMapping
	@Operation(summary = "Record a paid contribution. 400 with a message per field for invalid input; 409 when the "
			+ "bank reference was recorded before (a retried request never counts money twice)")
	ResponseEntity<ContributionView> record(@RequestBody ContributionForm form) {
		Contribution c = contributions.record(form, CurrentUser.username());
		return ResponseEntity.created(URI.create("/api/contributions/" + c.getId())).body(ContributionView.of(c));
	}

	@GetMapping("/{id}")
	ContributionView one(@PathVariable long id) {
		return ContributionView.of(contributions.get(id));
	}
}
