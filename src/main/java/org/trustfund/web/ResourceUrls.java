package org.trustfund.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring Boot installs a {@link ResourceUrlEncodingFilter} because a webjars locator is on the classpath (Camunda's
 * webapps, Swagger UI). It passes every link a page builds ({@code @{...}}) through the static-resource resolvers,
 * which look each one up in every jar of the classpath and remember only the hits: the fund's report, a page of a
 * few hundred links, spent most of its time there (JFR, issue 14). Our templates link no versioned resource and no
 * webjar, so the filter is declared here (Spring Boot then backs off) and registered switched off.
 */
@Configuration
class ResourceUrls {

	@Bean
	ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
		return new ResourceUrlEncodingFilter();
	}

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff(ResourceUrlEncodingFilter filter) {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}
}
