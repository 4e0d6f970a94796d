package org.trustfund.home;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/** A reviewer's section: proposals to score, and conflicts of interest to declare first, with their due dates. */
@Component
@Order(40)
class ReviewerSection implements HomeSection {

	/** Both from the reviewer's task list, soonest due first. */
	record Figures(TaskFigures.Due toScore, TaskFigures.Due toDeclare) {
	}

	private final TaskFigures tasks;

	ReviewerSection(TaskFigures tasks) {
		this.tasks = tasks;
	}

	@Override
	public boolean shows(AppUser user) {
		return user.can(Permission.REVIEW_PROPOSAL);
	}

	@Override
	public String fragment() {
		return "reviewer";
	}

	@Override
	public Figures figures(AppUser user) {
		return new Figures(tasks.of(user, ReviewProcess.KEY, ReviewProcess.SCORE_TASK),
				tasks.of(user, ReviewProcess.KEY, ReviewProcess.DECLARE_CONFLICT_TASK));
	}
}
