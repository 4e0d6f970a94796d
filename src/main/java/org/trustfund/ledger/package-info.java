/**
 * The fund's money: every movement a ledger entry with its value date, running totals, reconciliation.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: postings and reports ({@code api}: FundLedger, LedgerReports,
 * LedgerPeriods, FundTotals, Bucket, DonorGroup, YearSpan), its events ({@code events}: ContributionCredit,
 * FundsReturned, LedgerEntryCorrected) and what the donors feature provides ({@code spi}: DonorFacts).
 */
@ApplicationModule(displayName = "ledger", allowedDependencies = { "security::api", "shared", "web::api" })
package org.trustfund.ledger;

import org.springframework.modulith.ApplicationModule;
