package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.note;
import static org.trustfund.proposals.ReviewProcess.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.proposals.CriterionScore;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ReviewService;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskView;
import org.trustfund.shared.ValidationException;

/**
 * Technical review's forms: the reviewer's conflict declaration and scores (transient variables, so the
 * engine never stores them; the delegates read them from the task list's completion record), the fund
 * manager's search for a reviewer and moderation.
 */
@Configuration
class ReviewerTaskForms {

	@Bean
	TaskForm declareConflictForm(ProposalService proposals, CallService calls) {
		return new ProposalTaskForm(DECLARE_CONFLICT_TASK, proposals, calls) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				String answer = fields.getOrDefault(CONFLICTED, "");
				if (!answer.equals("true") && !answer.equals("false")) {
					throw ValidationException.keyed(CONFLICTED, "error.review.conflictAnswer",
							"Say whether you have a conflict of interest");
				}
				boolean conflicted = Boolean.parseBoolean(answer);
				String note = note(fields, NOTE, conflicted,
						new ValidationException.Keyed("error.review.conflictNote", "Describe the conflict of interest"));
				return Map.of(CONFLICTED, conflicted, COMMENTS, Variables.stringValue(note, true));
			}
		};
	}

	@Bean
	TaskForm scoreProposalForm(ProposalService proposals, CallService calls) {
		return new ProposalTaskForm(SCORE_TASK, proposals, calls) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				Call call = calls.get(proposal(task).getCallId());
				Map<String, ValidationException.Keyed> errors = new LinkedHashMap<>();
				List<CriterionScore> scores = new ArrayList<>();
				for (int i = 0; i < call.getCriteria().size(); i++) {
					String raw = fields.getOrDefault("score" + i, "").strip();
					if (!raw.matches("[0-5]")) {
						errors.put("score" + i, new ValidationException.Keyed("review.error.score",
								"Give a score from 0 to 5 for \"" + call.getCriteria().get(i) + "\"", call.getCriteria().get(i)));
						continue;
					}
					scores.add(new CriterionScore(Integer.parseInt(raw), note(fields, "comment" + i, false, null)));
				}
				if (!errors.isEmpty()) {
					throw ValidationException.keyed(errors);
				}
				String comments = note(fields, COMMENTS, false, null);
				return Map.of(SCORES, Variables.stringValue(new ScoreSheet(scores, comments).toJson(), true));
			}
		};
	}

	@Bean
	TaskForm findReviewerForm(ProposalService proposals, CallService calls) {
		return new ProposalTaskForm(FIND_REVIEWER_TASK, proposals, calls) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				return Map.of();
			}
		};
	}

	@Bean
	TaskForm moderateScoreForm(ProposalService proposals, CallService calls, ReviewService reviews) {
		return new ProposalTaskForm(MODERATE_TASK, proposals, calls) {
			@Override
			public Map<String, Object> model(TaskView task) {
				Map<String, Object> model = super.model(task);
				model.put("reviews", reviews.submitted(proposal(task).getId()));
				return model;
			}

			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				int max = calls.get(proposal(task).getCallId()).maxScore();
				BigDecimal score;
				try {
					score = new BigDecimal(fields.getOrDefault(FINAL_SCORE, "").strip());
				}
				catch (NumberFormatException e) {
					throw ValidationException.keyed(FINAL_SCORE, "error.review.finalScore", "Give the final score, from 0 to " + max,
							String.valueOf(max));
				}
				if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(max)) > 0 || score.scale() > 2) {
					throw ValidationException.keyed(FINAL_SCORE, "error.review.finalScore", "Give the final score, from 0 to " + max,
							String.valueOf(max));
				}
				String note = note(fields, NOTE, true,
						new ValidationException.Keyed("error.review.moderationNote", "Say why you settled on this score"));
				return Map.of(FINAL_SCORE, Variables.stringValue(score.toPlainString(), true), NOTE, note);
			}
		};
	}
}
