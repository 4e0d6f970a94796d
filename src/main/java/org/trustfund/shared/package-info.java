/**
 * What every module shares: the errors the rules throw ({@link org.trustfund.shared.ValidationException},
 * {@link org.trustfund.shared.NotFoundException}, {@link org.trustfund.shared.ConflictException}), which the web
 * layer maps to problem details and form messages, {@link org.trustfund.shared.Money}, US dollars to the cent,
 * and {@link org.trustfund.shared.HistoryLine}, a line of a record's history.
 * <p>
 * An open Spring Modulith module: small, depends on nothing of the application, usable by every module.
 */
@ApplicationModule(displayName = "shared", type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.trustfund.shared;

import org.springframework.modulith.ApplicationModule;
