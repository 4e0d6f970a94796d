/**
 * What every module shares: the errors the rules throw ({@link org.trustfund.shared.ValidationException},
 * {@link org.trustfund.shared.NotFoundException}, {@link org.trustfund.shared.ConflictException}), which the web
 * layer maps to problem details and form messages, and {@link org.trustfund.shared.Money}, US dollars to the cent.
 * <p>
 * An open Spring Modulith module: small, depends on nothing of the application, usable by every module.
 */
@ApplicationModule(displayName = "shared", type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.trustfund.shared;

import org.springframework.modulith.ApplicationModule;
