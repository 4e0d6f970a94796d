package org.trustfund.organisations.web;

import org.trustfund.shared.Notes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.trustfund.files.UploadChecker;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.SignUp;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;

@RestController
@RequestMapping("/api")
@Tag(name = "Organisations", description = "NGO sign-up and verification")
class OrganisationApiController {

	private final OrganisationService organisations;
	private final Notes notes;
	private final UploadChecker uploads;

	OrganisationApiController(OrganisationService organisations, UploadChecker uploads, Notes notes) {
		this.notes = notes;
		this.organisations = organisations;
		this.uploads = uploads;
	}

	@PostMapping(path = "/signup", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Sign up an NGO and its first member (no login needed); starts verification")
	ResponseEntity<OrganisationView> signUp(@Valid @RequestPart("organisation") SignUp form,
			@RequestPart("document") MultipartFile document) {
		Organisation org = organisations.signUp(form, uploads.check("document", document));
		return ResponseEntity.created(URI.create("/api/organisations/" + org.getId())).body(view(org));
	}

	@GetMapping("/organisations")
	@PreAuthorize("hasAuthority('READ_ORGANISATIONS')")
	List<OrganisationView> all() {
		return organisations.all().stream().map(this::view).toList();
	}

	@GetMapping("/organisations/{id}")
	OrganisationView one(@PathVariable long id) {
		OrganisationAccess.check(CurrentUser.get(), id);
		return view(organisations.get(id));
	}

	@GetMapping("/organisations/mine")
	@PreAuthorize("hasAuthority('READ_OWN_ORGANISATION')")
	OrganisationView mine() {
		AppUser user = CurrentUser.get();
		return view(organisations.get(user.organisationId()));
	}

	private OrganisationView view(Organisation o) {
		return OrganisationView.of(o, organisations.documents(o.getId()), organisations.history(o.getId()), notes);
	}
}
