/**
 * What every process shares: the one clock of the application and the engine, reading process values.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: process helpers ({@code api}: ProcessValues, FundClock,
 * ProcessDiagrams).
 */
@ApplicationModule(displayName = "processes", allowedDependencies = { "shared" })
package org.trustfund.processes;

import org.springframework.modulith.ApplicationModule;
