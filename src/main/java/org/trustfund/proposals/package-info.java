/**
 * Proposals, screening, technical review and the ranked recommendation.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "proposals", allowedDependencies = {
		"calls::api", "files::api", "notifications::api", "organisations::api", "processes::api", "security::api", "shared",
		"tasks::api", "tasks::spi", "users::api", "web::api" })
package org.trustfund.proposals;

import org.springframework.modulith.ApplicationModule;
