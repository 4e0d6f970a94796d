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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.PledgeService;
import org.trustfund.donors.web.DonorViews.ContributionView;
import org.trustfund.donors.web.DonorViews.DonorDetails;
import org.trustfund.donors.web.DonorViews.DonorView;
import org.trustfund.donors.web.DonorViews.PledgeView;
import org.trustfund.security.CurrentUser;

@RestController
@RequestMapping("/api/donors")
@PreAuthorize("hasAuthority('MANAGE_DONORS')")
@Tag(name = "Donors", description = "Member States and private donors (fund managers only)")
class DonorApiController {

	private final DonorService donors;
	private final PledgeService pledges;
	private final ContributionService contributions;

	DonorApiController(DonorService donors, PledgeService pledges, ContributionService contributions) {
		this.donors = donors;
		this.pledges = pledges;
		this.contributions = contributions;
	}

	@GetMapping
	List<DonorView> all() {
		return donors.all().stream().map(DonorView::of).toList();
	}

	@PostMapping
	@Operation(summary = "Create a donor; a Member State needs its country and is never anonymous")
	ResponseEntity<DonorView> create(@RequestBody DonorForm form) {
		Donor donor = donors.create(form, CurrentUser.username());
		return ResponseEntity.created(URI.create("/api/donors/" + donor.getId())).body(DonorView.of(donor));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A donor with its totals, pledges and payments")
	DonorDetails one(@PathVariable long id) {
		return new DonorDetails(DonorView.of(donors.get(id)), donors.summary(id),
				pledges.ofDonor(id).stream().map(PledgeView::of).toList(),
				contributions.ofDonor(id).stream().map(ContributionView::of).toList());
	}

	@PutMapping("/{id}")
	DonorView update(@PathVariable long id, @RequestBody DonorForm form) {
		return DonorView.of(donors.update(id, form));
	}
}
