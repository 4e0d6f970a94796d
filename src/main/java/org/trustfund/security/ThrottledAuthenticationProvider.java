package org.trustfund.security;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The application's only {@link AuthenticationProvider}, used by the login form and HTTP Basic alike:
 * Spring Security's {@link DaoAuthenticationProvider} (our users, BCrypt) behind {@link LoginThrottle}.
 * A locked account or address is refused with {@link LoginLockedException} before the password is
 * checked, so a correct password does not get in during a lockout. Every failure is logged at WARN with
 * the username and the client address, never the password.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final DaoAuthenticationProvider passwords;
	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	/**
	 * @param authentication a username and password, with {@link WebAuthenticationDetails} (the client
	 *        address) as the form and Basic filters set them
	 * @return the authenticated user
	 * @throws LoginLockedException during a lockout, or when this failure starts one
	 * @throws org.springframework.security.core.AuthenticationException wrong password, disabled account
	 */
	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = address(authentication);
		Optional<Duration> locked = throttle.lockedFor(username, address);
		if (locked.isPresent()) {
			log.warn("Log-in refused during lockout: user '{}' from {} ({} s left)", printable(username), address,
					locked.get().toSeconds());
			throw new LoginLockedException(locked.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException e) {
			Optional<Duration> lockout = throttle.recordFailure(username, address);
			if (lockout.isPresent()) {
				log.warn("Failed log-in: user '{}' from {}; locked out for {} s", printable(username), address,
						lockout.get().toSeconds());
				throw new LoginLockedException(lockout.get());
			}
			log.warn("Failed log-in: user '{}' from {}", printable(username), address);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
	}

	/** A typed username may hold anything: no line breaks or control characters into the log, at most 100 characters. */
	private static String printable(String username) {
		String text = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
		return text.length() <= 100 ? text : text.substring(0, 100) + "...";
	}
}
