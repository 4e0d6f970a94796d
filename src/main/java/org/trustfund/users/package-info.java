/**
 * User accounts and roles.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "users", allowedDependencies = { "shared", "web" })
package org.trustfund.users;

import org.springframework.modulith.ApplicationModule;
