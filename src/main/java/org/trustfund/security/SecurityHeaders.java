package org.trustfund.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Response headers on top of Spring Security's defaults (no-sniff, HSTS over HTTPS, no caching):
 * <ul>
 * <li>{@code Content-Security-Policy} {@value #POLICY} on everything except Camunda's webapps. Our pages
 * have no inline script, event-handler attribute or inline style (scripts and styles are files under
 * {@code static/}); Swagger UI loads its scripts from files as well and only needs {@code data:} images.
 * Camunda's webapps under {@code /camunda/**} get Camunda's own, looser policy from its
 * {@code HeaderSecurityFilter} (a nonce, {@code 'unsafe-eval'} for its AngularJS); a second policy of ours
 * would apply on top of it and break Cockpit.</li>
 * <li>{@code Referrer-Policy: same-origin}: other sites never learn which page linked to them.</li>
 * <li>{@code Permissions-Policy} {@value #PERMISSIONS}: no camera, microphone or location.</li>
 * <li>{@code X-Frame-Options: SAMEORIGIN} (as before; the CSP's {@code frame-ancestors 'self'} says the same).</li>
 * </ul>
 */
@Component
class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'self'";

	static final String PERMISSIONS = "camera=(), microphone=(), geolocation=()";

	@Override
	public void customize(HeadersConfigurer<HttpSecurity> headers) {
		headers.frameOptions(frame -> frame.sameOrigin())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(antMatcher("/camunda/**")),
					new StaticHeadersWriter("Content-Security-Policy", POLICY)));
	}
}
