/**
 * Grants: agreements, tranches, reports, amendments, closing.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "grants", allowedDependencies = {
		"board::api", "calls::api", "history::spi", "ledger::api", "notifications::api", "organisations::api",
		"processes::api", "proposals::api", "security::api", "shared", "tasks::api", "tasks::spi", "users::api",
		"web::api" })
package org.trustfund.grants;

import org.springframework.modulith.ApplicationModule;
