/**
 * User accounts and roles.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: accounts and roles ({@code api}: Role, UserAccount, UserService,
 * PasswordBytes) and, for logging in and mailing only, the repository ({@code accounts}: UserAccounts).
 */
@ApplicationModule(displayName = "users", allowedDependencies = { "shared", "web::api" })
package org.trustfund.users;

import org.springframework.modulith.ApplicationModule;
