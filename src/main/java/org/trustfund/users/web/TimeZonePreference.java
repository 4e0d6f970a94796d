package org.trustfund.users.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.trustfund.users.UserService;

/**
 * Puts the signed-in user's time zone (chosen on their profile) on the request's locale context, where
 * {@code @readable} and Spring's own formatting read it. The zone is read from the account on first use in the
 * request only (a JSON answer that writes no time does not look it up); anonymous requests, and users who chose
 * none, keep the resolver's zone, which is none: UTC. The locale stays the resolver's, read on each use, so
 * that {@code ?lang=} still switches it.
 */
@Configuration
class TimeZonePreference implements WebMvcConfigurer, HandlerInterceptor {

	// A provider: web slice tests (@WebMvcTest) load every WebMvcConfigurer but no service.
	private final ObjectProvider<UserService> users;

	TimeZonePreference(ObjectProvider<UserService> users) {
		this.users = users;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
			// FrameworkServlet puts the previous context back after the request.
			LocaleContextHolder.setLocaleContext(new UserZone(LocaleContextHolder.getLocaleContext(), auth.getName()));
		}
		return true;
	}

	/** The resolver's locale, read on each use; the user's zone, looked up once. */
	private final class UserZone implements TimeZoneAwareLocaleContext {

		private final LocaleContext resolved;
		private final String username;
		private TimeZone zone;
		private boolean looked;

		UserZone(LocaleContext resolved, String username) {
			this.resolved = resolved;
			this.username = username;
		}

		@Override
		public Locale getLocale() {
			return resolved == null ? null : resolved.getLocale();
		}

		@Override
		public TimeZone getTimeZone() {
			if (!looked) {
				looked = true;
				UserService service = users.getIfAvailable();
				ZoneId chosen = service == null ? null : service.timeZoneOf(username).orElse(null);
				zone = chosen != null ? TimeZone.getTimeZone(chosen)
						: resolved instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
			}
			return zone;
		}
	}
}
