/**
 * Donors, pledges and contributions, and the message a contribution owes the reserve lists.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "donors", allowedDependencies = { "ledger", "outbox", "processes", "security", "shared", "tasks", "web" })
package org.trustfund.donors;

import org.springframework.modulith.ApplicationModule;
