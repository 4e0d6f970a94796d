/**
 * Shared web plumbing: problem details for the API, error pages, CSV and download helpers, date ranges, the exceptions every module's rules throw and the web layer maps.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: helpers for pages and downloads ({@code api}: Countries,
 * CsvExport, Downloads); the rest (error mapping, layout, configuration) is its own.
 */
@ApplicationModule(displayName = "web", allowedDependencies = { "shared" })
package org.trustfund.web;

import org.springframework.modulith.ApplicationModule;
