/**
 * Importing a fund's history from CSV and spreadsheet files.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: the history import: what a feature provides to import its past
 * records ({@code spi}: HistoryKind, HistoryRow, HistoryColumn, HistoryFile, HistoryImportContext) and the import
 * itself, for the demo ({@code api}: HistoryImports, HistoryImportRecord).
 */
@ApplicationModule(displayName = "history", allowedDependencies = {
		"donors::api", "ledger::api", "security::api", "shared", "web::api" })
package org.trustfund.history;

import org.springframework.modulith.ApplicationModule;
