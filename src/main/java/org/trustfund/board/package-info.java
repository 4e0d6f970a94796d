/**
 * The Board of Trustees: terms, sessions, ballots and the outcome.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: its top-level types, and the Board sessions for the demo data
 * ({@code sessions}: SessionService, BoardSession, SessionKind).
 */
@ApplicationModule(displayName = "board", allowedDependencies = {
		"calls::api", "ledger::api", "notifications::api", "processes::api", "proposals::api", "security::api", "shared",
		"tasks::api", "tasks::spi", "users::api", "web::api" })
package org.trustfund.board;

import org.springframework.modulith.ApplicationModule;
