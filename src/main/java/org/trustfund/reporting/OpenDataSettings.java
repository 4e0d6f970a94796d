package org.trustfund.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trustfund.open-data.*}: the 360Giving identifier prefix of the fund's grants, the funding organisation's
 * org-id.guide identifier and name, and the licence the data is published under.
 */
@ConfigurationProperties("trustfund.open-data")
public record OpenDataSettings(String prefix, String funderId, String funderName, String license) {

	public OpenDataSettings {
		prefix = prefix == null || prefix.isBlank() ? "360G-tfvot-" : prefix;
		funderId = funderId == null || funderId.isBlank() ? "XI-UNODC-TFVOT" : funderId;
		funderName = funderName == null || funderName.isBlank()
				? "United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, especially Women and Children"
				: funderName;
		license = license == null || license.isBlank() ? "https://creativecommons.org/licenses/by/4.0/" : license;
	}
}
