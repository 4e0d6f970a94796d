/**
 * Stored documents (uploads kept in the database) and their checks.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "files", allowedDependencies = { "shared", "web::api" })
package org.trustfund.files;

import org.springframework.modulith.ApplicationModule;
