/**
 * Each role's home page ({@code /}): where things stand and what to do next, a section per role the user has,
 * each figure read through the same service as the page it links to (tasks, ledger, proposals, grants, reserve
 * lists, Board sessions, users, organisations, messages, the engine).
 */
@ApplicationModule(displayName = "home", allowedDependencies = { "board::api", "board::session", "calls::api", "grants::api", "ledger::api", "notifications::api", "organisations::api", "proposals::api", "reporting::api", "reserve::api", "security::api", "shared", "tasks::api", "users::api" })
package org.trustfund.home;

import org.springframework.modulith.ApplicationModule;
