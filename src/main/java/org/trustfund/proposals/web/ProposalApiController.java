package org.trustfund.proposals.web;

import org.trustfund.shared.Notes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.proposals.ProposalSearch;
import org.trustfund.web.ListPage;
import org.trustfund.web.ListQuery;
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
	private final ProposalSearch search;

	ProposalApiController(ProposalService proposals, ReviewService reviews, ProposalVisibility access,
			UploadChecker uploads, Notes notes, org.trustfund.notifications.NoticeTexts texts, ProposalSearch search) {
		this.notes = notes;
		this.texts = texts;
		this.search = search;
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

	/**
	 * The proposals the caller may see ({@link ProposalVisibility}: fund's staff all, NGO members their own
	 * organisation's, reviewers those assigned), with the filters and paging of the proposals page, read by the
	 * same query ({@link ProposalSearch}).
	 *
	 * @param params {@code q} (title or organisation), {@code callId}, {@code stage} (a {@code ProposalStatus}),
	 *        {@code country} (ISO alpha-2), {@code organisationId} (staff only; ignored for others),
	 *        {@code from}/{@code to} (submission dates YYYY-MM-DD), {@code sort} ({@code id}, {@code title},
	 *        {@code country}, {@code amount}, {@code stage}, {@code submitted}), {@code dir} ({@code asc}/{@code desc}),
	 *        {@code page} (from 1) and {@code size} (1 to 200, default 25)
	 * @return the page's proposals (none for a page past the last); the header {@code X-Total-Count} gives how many match in all
	 * @throws org.trustfund.shared.ValidationException (400 problem details naming each parameter) for a value that
	 *         cannot be used
	 * @throws org.springframework.security.access.AccessDeniedException (403) for a caller who sees no proposals
	 */
	@GetMapping("/proposals")
	@Operation(summary = "Proposals, filtered and paged as on the proposals page: fund managers all, NGO members "
			+ "their own, reviewers those assigned. A value that cannot be used is a 400 naming it.", parameters = {
					@Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in the title or the organisation's name"),
					@Parameter(name = "callId", in = ParameterIn.QUERY, description = "The call's id"),
					@Parameter(name = "stage", in = ParameterIn.QUERY, description = "The stage (DRAFT, SUBMITTED, ...)"),
					@Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-2 country code"),
					@Parameter(name = "organisationId", in = ParameterIn.QUERY, description = "The organisation (fund's staff only)"),
					@Parameter(name = "from", in = ParameterIn.QUERY, description = "Submitted on or after (YYYY-MM-DD)"),
					@Parameter(name = "to", in = ParameterIn.QUERY, description = "Submitted on or before (YYYY-MM-DD)"),
					@Parameter(name = "sort", in = ParameterIn.QUERY, description = "id, title, country, amount, stage or submitted"),
					@Parameter(name = "dir", in = ParameterIn.QUERY, description = "asc or desc"),
					@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1"),
					@Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows per page, 1 to 200 (default 25)") })
	ResponseEntity<List<ProposalView>> list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		AppUser user = CurrentUser.get();
		ListQuery query = ListQuery.of("/api/proposals", params, ProposalListController.SORTS);
		ProposalSearch.Criteria criteria = ProposalListController.criteria(query, user);
		query.requireValid();
		long total = search.count(user, criteria);
		ListPage<Proposal> page = ListPage.exact(query, total, (offset, size) -> search
			.page(user, criteria, PageRequest.of((int) (offset / size), size, ProposalListController.sort(query)))
			.getContent());
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(total))
			.body(page.rows().stream().map(p -> view(p, user)).toList());
	}

	@GetMapping("/proposals/{id}")
	ProposalView one(@PathVariable long id) {
		AppUser user = CurrentUser.get();
		return view(access.readable(user, id), user);
	}

	/**
	 * Changes a draft. Who may change it is checked first, then the body (by {@link ProposalService#edit}, the
	 * form's annotations and the budget): another organisation's caller gets 403 whatever it sends, never field
	 * errors that would tell the draft exists.
	 *
	 * @return the changed proposal
	 * @throws org.springframework.security.access.AccessDeniedException (403) when the caller's organisation does
	 *         not own the proposal
	 * @throws org.trustfund.shared.ValidationException (400, an error per field) for an invalid body
	 */
	@PreAuthorize("hasAuthority('WRITE_PROPOSAL')")
	@PutMapping("/proposals/{id}")
	@Operation(summary = "Change a draft (its organisation only; another organisation's caller gets 403 before the "
			+ "body is validated)")
	ProposalView edit(@PathVariable long id, @RequestBody ProposalForm form) {
		AppUser user = CurrentUser.get();
		ProposalAccess.ownDraftable(user, proposals, id);
		return view(proposals.edit(id, form, user.getUsername()), user);
	}

	@PreAuthorize("hasAuthority('WRITE_PROPOSAL')")
	// no "consumes": a caller without the permission gets 403 before the request's type is looked at (415)
	@PostMapping("/proposals/{id}/attachments")
	@Operation(summary = "Attach a PDF or Office document (to a draft, or while answering a question)")
	ResponseEntity<ProposalView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file) {
		AppUser user = CurrentUser.get();
		ProposalAccess.ownDraftable(user, proposals, id);
		proposals.attach(id, uploads.check("file", file), user.getUsername());
		return ResponseEntity.status(201).body(view(proposals.get(id), user));
	}

	@PreAuthorize("hasAuthority('WRITE_PROPOSAL')")
	@PostMapping("/proposals/{id}/submit")
	@Operation(summary = "Submit: refused after the deadline, above the ceiling, beyond the maximum duration or "
			+ "from an unverified organisation; starts the review")
	ProposalView submit(@PathVariable long id) {
		AppUser user = CurrentUser.get();
		return view(ProposalAccess.submit(user, proposals, id), user);
	}

	@GetMapping("/proposals/{id}/reviews")
	@Operation(summary = "Reviews: all for fund managers; a reviewer sees others' only after submitting their own")
	List<ReviewView> reviews(@PathVariable long id) {
		AppUser user = CurrentUser.get();
		access.readable(user, id);
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
