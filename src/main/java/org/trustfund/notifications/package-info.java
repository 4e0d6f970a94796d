/**
 * In-app messages and their e-mails.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: sending messages ({@code api}: NotificationService).
 */
@ApplicationModule(displayName = "notifications", allowedDependencies = {
		"outbox::api", "security::api", "shared", "users::accounts", "users::api", "web::api" })
package org.trustfund.notifications;

import org.springframework.modulith.ApplicationModule;
