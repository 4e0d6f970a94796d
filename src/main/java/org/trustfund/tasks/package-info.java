/**
 * The task lists (a read model of open user tasks) and task completion through the task forms.
 * <p>
 * Module boundary (Spring Modulith, checked by {@code ModularityTests}): the modules it may use are declared
 * here; using another one fails the build. Its subpackages ({@code web}, {@code process}, ...) are internal.
 * <p>
 * Named interfaces, what other modules may use: the task lists ({@code api}: TaskListService, TaskView) and what
 * a process feature provides for them ({@code spi}: TaskForm, BaseTaskForm, TaskCompletion(s), TaskSubjects).
 */
@ApplicationModule(displayName = "tasks", allowedDependencies = { "security::api", "setup::spi", "shared" })
package org.trustfund.tasks;

import org.springframework.modulith.ApplicationModule;
