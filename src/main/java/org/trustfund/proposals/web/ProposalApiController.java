package org.trustfund.proposals.web;

import org.trustfund.shared.Notes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.trustfund.files.UploadChecker;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalForm;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalVisibility;
import org.trustfund.proposals.ReviewService;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;

@RestController
@RequestMapping("/api")
@Tag(name = "Proposals", description = "NGO proposals to calls, and their reviews")
class ProposalApiController {

	private final ProposalService proposals;
	private final Notes notes;
	private final ReviewService reviews;
	private final ProposalVisibility access;
	private final UploadChecker uploads;
	private final org.trustfund.notifications.NoticeTexts texts;

	ProposalApiController(ProposalService proposals, ReviewService reviews, ProposalVisibility access,
			UploadChecker uploads, Notes notes, org.trustfund.notifications.NoticeTexts texts) {
		this.notes = notes;
		this.texts = texts;
		this.proposals = proposals;
		this.reviews = reviews;
		this.access = access;
		this.uploads = uploads;
	}

	@PreAuthorize("hasAuthority('WRITE_PROPOSAL')")
	@PostMapping("/calls/{callId}/proposals")
	@Operation(summary = "Draft a proposal to an open call (NGO members); the budget lines must add up to the amount")
	ResponseEntity<ProposalView> draft(@PathVariable long callId, @Valid @RequestBody ProposalForm form) {
		AppUser user = CurrentUser.get();
		Proposal p = proposals.draft(callId, ProposalAccess.organisationOf(user), form, user.getUsername());
		return ResponseEntity.created(URI.create("/api/proposals/" + p.getId())).body(view(p, user));
	}

	@GetMapping("/proposals")
	@Operation(summary = "Fund managers: the latest proposals; NGO members: their own; reviewers: those assigned")
	List<ProposalView> list() {
		AppUser user = CurrentUser.get();
		List<Proposal> found = access.visibleTo(user);
		return found.stream().map(p -> view(p, user)).toList();
	}

	@GetMapping("/proposals/{id}")
	ProposalView one(@PathVariable long id) {
		AppUser user = CurrentUser.get();
		return view(access.readable(user, proposals.get(id)), user);
	}

	@PreAuthorize("hasAuthority('WRITE_PROPOSAL')")
	@PutMapping("/proposals/{id}")
	@Operation(summary = "Change a draft (its organisation only)")
	ProposalView edit(@PathVariable long id, @Valid @RequestBody ProposalForm form) {
		AppUser user = CurrentUser.get();
		ProposalAccess.ownDraftable(user, proposals.get(id));
		return view(proposals.edit(id, form, user.getUsername()), user);
	}

	@PreAuthorize("hasAuthority('WRITE_PROPOSAL')")
	// no "consumes": a caller without the permission gets 403 before the request's type is looked at (415)
	@PostMapping("/proposals/{id}/attachments")
	@Operation(summary = "Attach a PDF or Office document (to a draft, or while answering a question)")
	ResponseEntity<ProposalView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file) {
		AppUser user = CurrentUser.get();
		ProposalAccess.ownDraftable(user, proposals.get(id));
		proposals.attach(id, uploads.check("file", file), user.getUsername());
		return ResponseEntity.status(201).body(view(proposals.get(id), user));
	}

	@PreAuthorize("hasAuthority('WRITE_PROPOSAL')")
	@PostMapping("/proposals/{id}/submit")
	@Operation(summary = "Submit: refused after the deadline, above the ceiling, beyond the maximum duration or "
			+ "from an unverified organisation; starts the review")
	ProposalView submit(@PathVariable long id) {
		AppUser user = CurrentUser.get();
		return view(proposals.submit(id, user.getUsername(), p -> ProposalAccess.ownDraftable(user, p)), user);
	}

	@GetMapping("/proposals/{id}/reviews")
	@Operation(summary = "Reviews: all for fund managers; a reviewer sees others' only after submitting their own")
	List<ReviewView> reviews(@PathVariable long id) {
		AppUser user = CurrentUser.get();
		access.readable(user, proposals.get(id));
		return ReviewVisibility.visible(user, reviews.of(id)).stream().map(ReviewView::of).toList();
	}

	private ProposalView view(Proposal p, AppUser user) {
		boolean staff = ProposalAccess.staff(user);
		ProposalService.Records records = proposals.records(p.getId(), staff || ProposalAccess.ownOrganisation(user, p));
		String reason = p.getRecommendationReason() == null ? null
				: texts.render(p.getRecommendationReason(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
		return ProposalView.of(p, records.attachments(), records.history(), staff, notes, reason);
	}
}
