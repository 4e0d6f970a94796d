/**
 * Start-up: the data written once under a lock, readiness, the first administrator, migrations one node at a time.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: start-up work other modules add ({@code spi}: StartupStep).
 */
@ApplicationModule(displayName = "setup", allowedDependencies = { "users::api" })
package org.trustfund.setup;

import org.springframework.modulith.ApplicationModule;
