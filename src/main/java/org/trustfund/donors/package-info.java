/**
 * Donors, pledges and contributions, and the message a contribution owes the reserve lists.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "donors", allowedDependencies = {
		"ledger::api", "ledger::events", "ledger::spi", "outbox::api", "processes::api", "security::api",
		"shared", "tasks::api", "tasks::spi", "web::api" })
package org.trustfund.donors;

import org.springframework.modulith.ApplicationModule;
