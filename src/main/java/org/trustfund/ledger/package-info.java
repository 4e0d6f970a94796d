/**
 * The fund's money: every movement a ledger entry with its value date, running totals, reconciliation.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "ledger", allowedDependencies = { "security", "shared", "web" })
package org.trustfund.ledger;

import org.springframework.modulith.ApplicationModule;
