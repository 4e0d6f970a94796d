/**
 * Importing a fund's history from CSV and spreadsheet files.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "history", allowedDependencies = {
		"donors", "ledger::api", "security::api", "shared", "web::api" })
package org.trustfund.history;

import org.springframework.modulith.ApplicationModule;
