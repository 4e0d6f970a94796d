/**
 * The demo profile's users and data.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "demo", allowedDependencies = {
		"board::api", "board::session", "calls::api", "donors::api", "files::api", "history::api", "ledger::api",
		"organisations::api", "proposals::api", "setup::spi", "shared", "tasks::api", "users::api" })
package org.trustfund.demo;

import org.springframework.modulith.ApplicationModule;
