/**
 * The Board of Trustees: terms, sessions, ballots and the outcome.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "board", allowedDependencies = { "calls", "files", "ledger", "notifications", "organisations", "processes", "proposals", "security", "setup", "shared", "tasks", "users", "web" })
package org.trustfund.board;

import org.springframework.modulith.ApplicationModule;
