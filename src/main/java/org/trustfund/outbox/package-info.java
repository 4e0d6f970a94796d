/**
 * The transactional outbox: deliveries a committed change owes (process messages, e-mails), retried with back-off, visible to administrators.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: recording what a change owes ({@code api}: Deliveries).
 */
@ApplicationModule(displayName = "outbox", allowedDependencies = { "shared" })
package org.trustfund.outbox;

import org.springframework.modulith.ApplicationModule;
