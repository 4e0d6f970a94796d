package org.trustfund.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.UriComponentsBuilder;

/** Helpers for the shared layout, used in templates as {@code @layout}. */
@Component("layout")
public class Layout {

	private final ObjectProvider<ResourceUrlProvider> resources;

	Layout(@Qualifier("mvcResourceUrlProvider") ObjectProvider<ResourceUrlProvider> resources) {
		this.resources = resources;
	}

	/**
	 * The address of one of our style sheets or scripts by its content: {@code "/css/app.css"} gives
	 * {@code "/css/app-<md5 of the file>.css"} (Spring's content version strategy, {@code config/application.yaml}),
	 * which browsers keep for a year; a new release's changed file gets a new address. Resolved once per file and
	 * remembered by Spring's resource chain. Only these few links are resolved so: a filter that resolves every link
	 * of a page was most of the fund report's time ({@link ResourceUrls}).
	 *
	 * @param path a path under {@code static/}, starting with a slash
	 * @return the versioned path, or {@code path} itself when Spring cannot resolve it (no such file)
	 */
	public String asset(String path) {
		ResourceUrlProvider provider = resources.getIfAvailable();
		String versioned = provider == null ? null : provider.getForLookupPath(path);
		return versioned == null ? path : versioned;
	}

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
