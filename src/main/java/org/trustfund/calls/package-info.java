/**
 * Calls for proposals and their process.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "calls", allowedDependencies = {
		"history::spi", "ledger::api", "notifications::api", "processes::api", "security::api", "shared",
		"tasks::spi", "users::api" })
package org.trustfund.calls;

import org.springframework.modulith.ApplicationModule;
