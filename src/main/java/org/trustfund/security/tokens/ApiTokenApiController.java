package org.trustfund.security.tokens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.security.CurrentUser;
import org.trustfund.security.tokens.TokenView.Created;

/**
 * Personal API tokens over the JSON API: every user manages their own ({@code /api/me/tokens}),
 * administrators list and revoke anyone's ({@code /api/admin/tokens}). No answer but the creation's
 * ever carries a secret.
 */
@RestController
@Tag(name = "API tokens", description = "Personal tokens for Authorization: Bearer, instead of HTTP Basic")
class ApiTokenApiController {

	private final ApiTokenService tokens;

	ApiTokenApiController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	/** The body of a creation: a name, and the validity in days (optional, default 90). */
	record NewToken(String name, Integer validityDays) {
	}

	@GetMapping("/api/me/tokens")
	@Operation(summary = "My tokens, newest first (never their secrets)")
	List<TokenView> mine() {
		return tokens.of(CurrentUser.username());
	}

	@PostMapping("/api/me/tokens")
	@Operation(summary = "Create a token; the answer carries its secret, shown this once only. "
			+ "Needs a password log-in (session or HTTP Basic), not a token")
	ResponseEntity<Created> create(@RequestBody(required = false) NewToken body) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
			throw new AccessDeniedException("A token cannot create tokens");
		}
		NewToken request = body == null ? new NewToken(null, null) : body;
		Created created = tokens.create(CurrentUser.username(), request.name(), request.validityDays());
		return ResponseEntity.created(URI.create("/api/me/tokens/" + created.details().id())).body(created);
	}

	@DeleteMapping("/api/me/tokens/{id}")
	@Operation(summary = "Revoke one of my tokens (404 if it is not mine)")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		tokens.revokeOwn(CurrentUser.username(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/admin/tokens")
	@PreAuthorize("hasAuthority('MANAGE_API_TOKENS')")
	@Operation(summary = "Every user's tokens, or one user's (?user=)")
	List<TokenView> all(@RequestParam(required = false) String user) {
		return tokens.all(user);
	}

	@DeleteMapping("/api/admin/tokens/{id}")
	@PreAuthorize("hasAuthority('MANAGE_API_TOKENS')")
	@Operation(summary = "Revoke any user's token")
	ResponseEntity<Void> revokeAny(@PathVariable long id) {
		tokens.revokeAny(id, CurrentUser.username());
		return ResponseEntity.noContent().build();
	}
}
