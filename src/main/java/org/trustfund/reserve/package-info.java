/**
 * Reserve lists of calls: projects waiting for money, offered to the Board when money arrives.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "reserve", allowedDependencies = {
		"board::api", "calls::api", "history::spi", "ledger::api", "ledger::events", "notifications::api",
		"organisations::api", "outbox::api", "processes::api", "proposals::api", "security::api", "shared",
		"users::api" })
package org.trustfund.reserve;

import org.springframework.modulith.ApplicationModule;
