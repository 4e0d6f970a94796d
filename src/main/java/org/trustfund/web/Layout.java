package org.trustfund.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Helpers for the shared layout, used in templates as {@code @layout}. */
@Component("layout")
public class Layout {

	public boolean rtl() {
		Locale locale = LocaleContextHolder.getLocale();
		return "ar".equals(locale.getLanguage());
	}

	public String dir() {
		return rtl() ? "rtl" : "ltr";
	}

	public String lang() {
		return rtl() ? "ar" : "en";
	}

	/**
	 * The link that switches to a language on the current page. After a POST (a form shown again with
	 * errors) the current address only answers POST, so the link goes to the start page instead.
	 */
	public String languageHref(String language) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "/?lang=" + language;
		}
		HttpServletRequest request = attributes.getRequest();
		if (!"GET".equals(request.getMethod())) {
			return request.getContextPath() + "/?lang=" + language;
		}
		return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
			.replaceQueryParam("lang", language).build().toUriString();
	}
}
