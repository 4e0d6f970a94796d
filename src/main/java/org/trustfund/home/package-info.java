/**
 * Each role's home page ({@code /}): where things stand and what to do next, a section per role the user has,
 * each figure read through the same service as the page it links to (tasks, ledger, proposals, grants, reserve
 * lists, Board sessions, users, organisations, messages, the engine).
 */
@ApplicationModule(displayName = "home", allowedDependencies = { "board", "board::session", "calls", "grants", "ledger::api", "notifications::api", "organisations::api", "proposals", "reporting", "reserve", "security::api", "shared", "tasks::api", "users::api" })
package org.trustfund.home;

import org.springframework.modulith.ApplicationModule;
