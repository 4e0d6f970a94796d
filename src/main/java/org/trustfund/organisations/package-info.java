/**
 * NGOs: sign-up, verification, members.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: organisations and signing up ({@code api}: Organisation,
 * OrganisationService, SignUp, ImportedOrganisations).
 */
@ApplicationModule(displayName = "organisations", allowedDependencies = {
		"files::api", "history::spi", "notifications::api", "processes::api", "security::api", "shared", "tasks::api",
		"tasks::spi", "users::api", "users::spi", "web::api" })
package org.trustfund.organisations;

import org.springframework.modulith.ApplicationModule;
