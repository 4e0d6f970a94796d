/**
 * Log-in, permissions, API tokens, log-in throttling, security headers, and the guard between Camunda's APIs and the engine.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: the signed-in user and what it may do ({@code api}: AppUser,
 * CurrentUser, Permission).
 */
@ApplicationModule(displayName = "security", allowedDependencies = {
		"setup::spi", "shared", "users::accounts", "users::api" })
package org.trustfund.security;

import org.springframework.modulith.ApplicationModule;
