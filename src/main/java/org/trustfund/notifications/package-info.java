/**
 * In-app messages and their e-mails.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "notifications", allowedDependencies = { "outbox", "security", "shared", "users", "web" })
package org.trustfund.notifications;

import org.springframework.modulith.ApplicationModule;
