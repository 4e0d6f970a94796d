package org.trustfund.security.tokens;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.trustfund.security.AppUser;

/**
 * A request authenticated by a personal API token: the principal is the same {@link AppUser} a login gives
 * (roles, organisation), so the token may do exactly what its owner may do, except create further tokens.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final AppUser user;

	ApiTokenAuthentication(AppUser user) {
		super(user.getAuthorities());
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public AppUser getPrincipal() {
		return user;
	}

	/** @return null: the secret is not kept beyond the check */
	@Override
	public Object getCredentials() {
		return null;
	}
}
