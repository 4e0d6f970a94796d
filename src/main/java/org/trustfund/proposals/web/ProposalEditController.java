package org.trustfund.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.calls.TargetGroup;
import org.trustfund.files.UploadChecker;
import org.trustfund.proposals.BudgetCategory;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalDrafts;
import org.trustfund.proposals.ProposalService;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;
import org.trustfund.web.Countries;
import org.trustfund.shared.ValidationException;

/**
 * An NGO member drafts, edits, documents and submits its organisation's proposals. "Save the draft" keeps
 * whatever is filled (issue 16 item 3): a value that cannot be stored at all is left out, and the form is shown
 * again saying so, with the typed value; submission lists everything missing. Budget rows are added and removed
 * by the page's script, or without JavaScript by the form's own buttons ({@code addLine}, {@code removeLine}),
 * which show the form again without saving.
 */
@Controller
@PreAuthorize("hasAuthority('WRITE_PROPOSAL')")
class ProposalEditController {

	/** The proposal form's fields in their order on the page: field id to the label's message key. */
	static final Map<String, String> FIELDS = fields();

	/** The flash attribute carrying a new draft's form as typed to its edit page, when values were left out. */
	static final String KEPT_FORM = "keptForm";

	private final ProposalService proposals;
	private final ProposalDrafts drafts;
	private final CallService calls;
	private final UploadChecker uploads;
	private final MessageSource messages;

	ProposalEditController(ProposalService proposals, ProposalDrafts drafts, CallService calls, UploadChecker uploads,
			MessageSource messages) {
		this.messages = messages;
		this.proposals = proposals;
		this.drafts = drafts;
		this.calls = calls;
		this.uploads = uploads;
	}

	/** A message of the bundles with its arguments, in the reader's language (the key itself when neither has it). */
	private String message(String key, Object[] args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static Map<String, String> fields() {
		Map<String, String> f = new LinkedHashMap<>();
		for (String id : List.of("title", "country", "targetGroups", "services", "victimsPerYear", "durationMonths",
				"narrative", "contactName", "contactEmail")) {
			f.put(id, "proposal." + id);
		}
		f.put("budgetLines", "proposal.budget");
		f.put("budgetBalanced", "proposal.amountRequested");
		f.put("documents", "proposal.documents");
		return java.util.Collections.unmodifiableMap(f);
	}

	@ModelAttribute("countries")
	List<Countries.Country> countries() {
		return Countries.all();
	}

	@GetMapping("/calls/{callId}/proposals/new")
	String newForm(@PathVariable long callId, Model model) {
		ProposalAccess.organisationOf(CurrentUser.get());
		return form(model, published(callId), null, new ProposalPageForm(), Map.of());
	}

	@PostMapping("/calls/{callId}/proposals/new")
	String create(@PathVariable long callId, @ModelAttribute ProposalPageForm form, Model model,
			@RequestParam(required = false) String addLine, @RequestParam(required = false) Integer removeLine,
			RedirectAttributes redirect, HttpServletResponse response) {
		AppUser user = CurrentUser.get();
		long organisationId = ProposalAccess.organisationOf(user);
		if (rowsChanged(form, addLine, removeLine)) {
			return form(model, published(callId), null, form, Map.of());
		}
		try {
			Proposal p = drafts.saveNew(callId, organisationId, form.toForm(this::message), user.getUsername());
			if (!form.notSaved().isEmpty()) {
				// Post/Redirect/Get: the draft exists now, so a reload must not create another one; the draft's edit
				// page shows the notice, the typed values and each left-out value (flash attributes)
				redirect.addFlashAttribute("savedExcept", true);
				redirect.addFlashAttribute(KEPT_FORM, form);
				return "redirect:/proposals/" + p.getId() + "/edit";
			}
			redirect.addFlashAttribute("flash", "proposal.saved");
			return "redirect:/proposals/" + p.getId();
		}
		catch (ValidationException e) {
			response.setStatus(400);
			return form(model, published(callId), null, form, e.fieldErrors());
		}
	}

	@GetMapping("/proposals/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Proposal p = ProposalAccess.ownDraftable(CurrentUser.get(), proposals, id);
		if (model.getAttribute(KEPT_FORM) instanceof ProposalPageForm kept) {
			// just saved as a new draft without some values: the values as typed, the left-out ones named
			return form(model, calls.get(p.getCallId()), p, kept, kept.notSaved());
		}
		return form(model, calls.get(p.getCallId()), p, ProposalPageForm.of(p), Map.of());
	}

	@PostMapping("/proposals/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute ProposalPageForm form, Model model,
			@RequestParam(required = false) String addLine, @RequestParam(required = false) Integer removeLine,
			RedirectAttributes redirect, HttpServletResponse response) {
		AppUser user = CurrentUser.get();
		Proposal p = ProposalAccess.ownDraftable(user, proposals, id);
		if (rowsChanged(form, addLine, removeLine)) {
			return form(model, calls.get(p.getCallId()), p, form, Map.of());
		}
		try {
			Proposal saved = drafts.save(id, form.toForm(this::message), user.getUsername());
			if (!form.notSaved().isEmpty()) {
				return savedExcept(model, calls.get(p.getCallId()), saved, form);
			}
			redirect.addFlashAttribute("flash", "proposal.saved");
			return "redirect:/proposals/" + id;
		}
		catch (ValidationException e) {
			response.setStatus(400);
			return form(model, calls.get(p.getCallId()), p, form, e.fieldErrors());
		}
	}

	@PostMapping("/proposals/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		AppUser user = CurrentUser.get();
		try {
			ProposalAccess.submit(user, proposals, id);
			redirect.addFlashAttribute("flash", "proposal.submitted");
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("submitErrors", new LinkedHashMap<>(e.fieldErrors()));
		}
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/proposals/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		AppUser user = CurrentUser.get();
		ProposalAccess.ownDraftable(user, proposals, id);
		try {
			proposals.attach(id, uploads.check("file", file), user.getUsername());
			redirect.addFlashAttribute("flash", "proposal.documentAdded");
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("uploadError", e.fieldErrors().get("file"));
		}
		return "redirect:/proposals/" + id;
	}

	private static boolean rowsChanged(ProposalPageForm form, String addLine, Integer removeLine) {
		if (addLine != null) {
			form.addLine();
			return true;
		}
		if (removeLine != null) {
			form.removeLine(removeLine);
			return true;
		}
		return false;
	}

	private Call published(long callId) {
		Call call = calls.get(callId);
		if (!call.isPublished()) {
			throw org.trustfund.shared.NotFoundException.keyed("notFound.call", "No call " + callId, String.valueOf(callId));
		}
		return call;
	}

	/**
	 * The draft is saved without the values that could not be stored: the form again (its address now the
	 * draft's), the typed values kept, a notice that it is saved, and each left-out value in the error summary.
	 */
	private String savedExcept(Model model, Call call, Proposal saved, ProposalPageForm form) {
		model.addAttribute("savedExcept", true);
		return form(model, call, saved, form, form.notSaved());
	}

	private String form(Model model, Call call, Proposal proposal, ProposalPageForm form, Map<String, String> errors) {
		Map<String, String> shown = new LinkedHashMap<>();
		errors.forEach((field, message) -> shown.putIfAbsent(field.startsWith("lines[") ? "budgetLines" : field, message));
		model.addAttribute("call", call);
		model.addAttribute("proposal", proposal);
		model.addAttribute("form", form);
		model.addAttribute("errors", shown);
		model.addAttribute("fields", FIELDS);
		model.addAttribute("total", form.total());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("allServices", AssistanceService.values());
		model.addAttribute("categories", BudgetCategory.values());
		return "proposals/form";
	}

}
