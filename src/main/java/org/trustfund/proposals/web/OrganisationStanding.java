package org.trustfund.proposals.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/**
 * Whether the NGO member's organisation may submit yet, for the call pages and the proposal pages (issue 16
 * item 3): an organisation that is not verified sees that, may prepare a draft, and is told what happens next.
 * The model attribute {@code standing} is the organisation's status ({@code PENDING}, {@code INFORMATION_REQUESTED},
 * {@code VERIFIED}, {@code REJECTED}) for NGO members, null for everyone else.
 */
@ControllerAdvice(basePackages = { "org.trustfund.calls.web", "org.trustfund.proposals.web" })
class OrganisationStanding {

	private final OrganisationService organisations;

	OrganisationStanding(OrganisationService organisations) {
		this.organisations = organisations;
	}

	/** Null for the API's requests too: they have no page to show it on, and need not read the organisation. */
	@ModelAttribute("standing")
	String standing(jakarta.servlet.http.HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AppUser user) || !user.can(Permission.WRITE_PROPOSAL) || user.organisationId() == null) {
			return null;
		}
		return organisations.get(user.organisationId()).getStatus().name();
	}
}
