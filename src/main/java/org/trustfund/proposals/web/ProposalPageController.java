package org.trustfund.proposals.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.trustfund.calls.CallService;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.processes.ProcessDiagrams;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalAttachment;
import org.trustfund.proposals.ProposalChecklist;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.ProposalVisibility;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewService;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;

/** Reading proposals (the list is {@link ProposalListController}'s): one proposal with its stage, documents, history and process. */
@Controller
class ProposalPageController {

	private final ProposalService proposals;
	private final ReviewService reviews;
	private final CallService calls;
	private final OrganisationService organisations;
	private final ProposalVisibility access;
	private final ProcessDiagrams diagrams;
	private final ProposalChecklist checklist;

	ProposalPageController(ProposalService proposals, ReviewService reviews, CallService calls,
			OrganisationService organisations, ProposalVisibility access, ProcessDiagrams diagrams,
			ProposalChecklist checklist) {
		this.checklist = checklist;
		this.proposals = proposals;
		this.reviews = reviews;
		this.calls = calls;
		this.organisations = organisations;
		this.access = access;
		this.diagrams = diagrams;
	}

	@GetMapping("/proposals/{id}")
	String show(@PathVariable long id, Model model) {
		AppUser user = CurrentUser.get();
		Proposal p = access.readable(user, id);
		boolean staff = ProposalAccess.staff(user);
		boolean own = ProposalAccess.ownOrganisation(user, p);
		model.addAttribute("proposal", p);
		model.addAttribute("call", calls.get(p.getCallId()));
		model.addAttribute("organisation", organisations.get(p.getOrganisationId()));
		model.addAttribute("attachments", proposals.attachments(id));
		model.addAttribute("history", staff || own ? proposals.history(id).stream()
			.filter(e -> staff || e.isSharedWithNgo()).toList() : List.of());
		model.addAttribute("reviews", own ? List.of() : ReviewVisibility.visible(user, reviews.of(id)));
		model.addAttribute("staff", staff);
		model.addAttribute("showsDiagram", staff || !own);
		model.addAttribute("canEdit", own && p.getStatus() == ProposalStatus.DRAFT);
		model.addAttribute("fields", ProposalEditController.FIELDS);
		model.addAttribute("checklist", own && p.getStatus() == ProposalStatus.DRAFT ? checklist.of(p) : List.of());
		model.addAttribute("canAttach", own && (p.getStatus() == ProposalStatus.DRAFT
				|| p.getStatus() == ProposalStatus.CLARIFICATION_REQUESTED));
		return "proposals/show";
	}

	/**
	 * The proposal's BPMN diagram with its current step, for the staff who may read it (fund managers,
	 * administrators, its assigned reviewers). NGO members follow their proposal on the progress bar of the
	 * proposal page instead (issue 16 item 6), so they get 403 here.
	 */
	@GetMapping("/proposals/{id}/process")
	String process(@PathVariable long id, Model model) {
		AppUser user = CurrentUser.get();
		Proposal p = access.readable(user, id);
		if (ProposalAccess.ownOrganisation(user, p) && !ProposalAccess.staff(user)) {
			throw new AccessDeniedException("The process diagram is for the secretariat; NGOs read the progress bar");
		}
		model.addAttribute("proposal", p);
		model.addAttribute("diagram", diagrams.of(ReviewProcess.KEY, p.getId().toString()).orElse(null));
		return "proposals/process";
	}

	@GetMapping("/proposals/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		access.readable(CurrentUser.get(), id);
		ProposalAttachment a = proposals.attachment(id, attachmentId);
		return a.getFile().download();
	}
}
