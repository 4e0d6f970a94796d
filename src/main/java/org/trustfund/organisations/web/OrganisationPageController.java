package org.trustfund.organisations.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.files.Upload;
import org.trustfund.files.UploadChecker;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationDocument;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.SignUp;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;
import org.trustfund.web.Countries;
import org.trustfund.shared.ValidationException;
import org.trustfund.security.Permission;

@Controller
class OrganisationPageController {

	private final OrganisationService organisations;
	private final UploadChecker uploads;

	OrganisationPageController(OrganisationService organisations, UploadChecker uploads) {
		this.organisations = organisations;
		this.uploads = uploads;
	}

	@ModelAttribute("countries")
	List<Countries.Country> countries() {
		return Countries.all();
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("signUp", new SignUp("", "", "", "", "", "", "", "", "", "", "", "", ""));
		return "organisations/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("signUp") SignUp form, BindingResult binding,
			@RequestParam(name = "document", required = false) MultipartFile document, Model model) {
		Upload upload = null;
		try {
			upload = uploads.check("document", document);
		}
		catch (ValidationException e) {
			e.fieldErrors().forEach((field, message) -> binding.reject("document", message));
		}
		if (binding.hasErrors()) {
			return "organisations/signup";
		}
		try {
			organisations.signUp(form, upload);
		}
		catch (ValidationException e) {
			e.fieldErrors().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
			return "organisations/signup";
		}
		return "redirect:/login?registered";
	}

	@GetMapping("/organisations/{id}")
	String show(@PathVariable long id, Model model) {
		OrganisationAccess.check(CurrentUser.get(), id);
		model.addAttribute("organisation", organisations.get(id));
		model.addAttribute("documents", organisations.documents(id));
		model.addAttribute("history", organisations.history(id));
		return "organisations/show";
	}

	@PostMapping("/organisations/{id}/documents")
	String upload(@PathVariable long id, @RequestParam(name = "document", required = false) MultipartFile document,
			RedirectAttributes redirect) {
		AppUser user = CurrentUser.get();
		OrganisationAccess.check(user, id);
		try {
			organisations.attach(id, uploads.check("document", document), user.getUsername());
			redirect.addFlashAttribute("flash", "organisation.documentAdded");
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("uploadError", e.fieldErrors().get("document"));
		}
		return "redirect:/organisations/" + id;
	}

	@GetMapping("/organisations/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
		OrganisationAccess.check(CurrentUser.get(), id);
		OrganisationDocument doc = organisations.document(id, documentId);
		return doc.getFile().download();
	}

	private static void requireStaff() {
		AppUser user = CurrentUser.get();
		if (!user.can(Permission.READ_ORGANISATIONS)) {
			throw new org.springframework.security.access.AccessDeniedException("Fund managers only");
		}
	}

}
