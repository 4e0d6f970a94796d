/**
 * The fund's report, donor statements and open data.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "reporting", allowedDependencies = {
		"calls::api", "donors::api", "grants::api", "ledger::api", "reserve::api", "security::api", "shared", "web::api" })
package org.trustfund.reporting;

import org.springframework.modulith.ApplicationModule;
