package org.trustfund.users.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.trustfund.users.UserService;

/**
 * Remembers on the user's account the language they read the app in ({@code en} or {@code ar}), so that
 * e-mails reach them in that language: when a signed-in user switches language ({@code ?lang=}), and when
 * they log in with a language already chosen on the login page (the {@code tf-lang} cookie).
 */
@Configuration
class LanguagePreference implements WebMvcConfigurer, HandlerInterceptor {

	// A provider: web slice tests (@WebMvcTest) load every WebMvcConfigurer but no service.
	private final ObjectProvider<UserService> users;

	LanguagePreference(ObjectProvider<UserService> users) {
		this.users = users;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String language = known(request.getParameter("lang"));
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (language != null && auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
			users.ifAvailable(u -> u.preferLanguage(auth.getName(), language));
		}
		return true;
	}

	/** On every successful login (form or basic), the language chosen before logging in. */
	@EventListener
	void loggedIn(AuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getCookies() != null) {
			for (Cookie cookie : attributes.getRequest().getCookies()) {
				String language = "tf-lang".equals(cookie.getName()) ? known(cookie.getValue()) : null;
				if (language != null) {
					users.ifAvailable(u -> u.preferLanguage(event.getAuthentication().getName(), language));
				}
			}
		}
	}

	private static String known(String language) {
		return "ar".equals(language) || "en".equals(language) ? language : null;
	}
}
