/**
 * The task lists (a read model of open user tasks) and task completion through the task forms.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 */
@ApplicationModule(displayName = "tasks", allowedDependencies = { "security", "setup", "shared" })
package org.trustfund.tasks;

import org.springframework.modulith.ApplicationModule;
