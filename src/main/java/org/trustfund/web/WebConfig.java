package org.trustfund.web;

import java.time.Duration;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/** English and Arabic; {@code ?lang=ar} switches, and a cookie keeps the choice. */
@Configuration
class WebConfig implements WebMvcConfigurer {

	static final Locale ARABIC = Locale.forLanguageTag("ar");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("tf-lang") {

			// Arabic pages write western digits 0-9, as their amounts, references and dates do: without this,
			// MessageFormat wrote a bundle's {0} number in Arabic-Indic digits and a page mixed two digit systems.
			@Override
			public LocaleContext resolveLocaleContext(HttpServletRequest request) {
				// Read on each use, as Spring's own context is: ?lang= changes the locale after this is built.
				LocaleContext resolved = super.resolveLocaleContext(request);
				return new TimeZoneAwareLocaleContext() {
					@Override
					public Locale getLocale() {
						return westernDigits(resolved.getLocale());
					}

					@Override
					public TimeZone getTimeZone() {
						return resolved instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
					}
				};
			}

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return westernDigits(super.resolveLocale(request));
			}
		};
		resolver.setDefaultLocale(Locale.ENGLISH);
		resolver.setDefaultLocaleFunction(WebConfig::withoutCookie);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * The language when no cookie chose one: an API client's {@code Accept-Language} when it prefers Arabic
	 * (problem details and validation messages then read in Arabic); English otherwise, and always for pages,
	 * which switch with {@code ?lang=}.
	 *
	 * @param request the request without a {@code tf-lang} cookie
	 * @return Arabic or English
	 */
	static Locale withoutCookie(HttpServletRequest request) {
		String accept = request.getHeader("Accept-Language");
		boolean api = request.getRequestURI() != null
				&& request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (api && accept != null && !accept.isBlank()) {
			try {
				Locale preferred = Locale.lookup(Locale.LanguageRange.parse(accept), List.of(Locale.ENGLISH, ARABIC));
				return preferred == null ? Locale.ENGLISH : preferred;
			}
			catch (IllegalArgumentException e) {
				return Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}

	/**
	 * @param locale a resolved locale, or {@code null}
	 * @return Arabic with the western digits ({@code ar-u-nu-latn}: the bundle is still {@code messages_ar});
	 *         any other locale as it is
	 */
	static Locale westernDigits(Locale locale) {
		return locale != null && "ar".equals(locale.getLanguage()) ? ARABIC_WESTERN_DIGITS : locale;
	}

	static final Locale ARABIC_WESTERN_DIGITS = Locale.forLanguageTag("ar-u-nu-latn");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/**
	 * The rules' errors get their status for pages ({@link RuleErrorStatus}) after the controllers' and the API's
	 * exception handlers, before Spring's own resolvers.
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		int at = 0;
		while (at < resolvers.size() && resolvers.get(at) instanceof ExceptionHandlerExceptionResolver) {
			at++;
		}
		resolvers.add(at, new RuleErrorStatus());
	}
}
