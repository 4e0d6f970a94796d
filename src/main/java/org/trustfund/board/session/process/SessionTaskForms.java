package org.trustfund.board.session.process;

import static org.trustfund.board.BoardSessionProcess.*;
import static org.trustfund.processes.ProcessValues.recordId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.trustfund.board.session.Ballot;
import org.trustfund.board.session.BoardPapers;
import org.trustfund.board.session.SessionItem;
import org.trustfund.board.session.SessionService;
import org.trustfund.board.session.Vote;
import org.trustfund.board.session.Voting;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.BaseTaskForm;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskSubjects;
import org.trustfund.tasks.TaskView;

/**
 * The trustee's ballot and the chair's signature, as task forms: completing the form records the votes (or
 * the signature) and completes the task in one transaction, so a refused ballot changes nothing.
 */
@Configuration
class SessionTaskForms {

	@Bean
	TaskSubjects boardSessionSubjects(SessionService sessions, org.trustfund.calls.CallService calls) {
		return new TaskSubjects() {
			@Override
			public String processKey() {
				return KEY;
			}

			@Override
			public Subject describe(String businessKey) {
				var s = sessions.get(recordId(businessKey));
				// The call's title is what trustees recognise; the number tells two sessions on one call apart.
				String about = s.getCallId() == null ? "" : calls.get(s.getCallId()).getTitle() + " · ";
				return new Subject(about + "#" + s.getId(), "/board/sessions/" + s.getId());
			}
		};
	}

	@Bean
	TaskForm castVotesForm(BoardPapers papers, Voting voting, SessionService sessions,
			org.trustfund.calls.CallService calls) {
		return new BaseTaskForm(KEY, CAST_VOTES_TASK, "board/session-tasks") {
			@Override
			public Map<String, Object> model(TaskView task) {
				long id = sessionId(task);
				Map<Long, Vote> mine = voting.votesOf(id, task.assignee()).stream()
					.collect(Collectors.toMap(Vote::getProposalId, Function.identity()));
				BoardPapers.Papers p = papers.papers(id);
				// The rubric's top score, for "score 17 / 20" (issue 16 item 5); 0 for a session without a call.
				Long callId = p.session().getCallId();
				return Map.of("papers", p, "myVotes", mine, "maxScore", callId == null ? 0 : calls.get(callId).maxScore());
			}

			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				requireAssignee(task, user, "This ballot belongs to another trustee");
				long id = sessionId(task);
				List<Ballot> ballot = new ArrayList<>();
				for (SessionItem item : sessions.agenda(id)) {
					String choice = fields.get(Ballot.field(item.getProposalId()));
					if (choice != null) {
						ballot.add(new Ballot(item.getProposalId(), choice, fields.get("comment_" + item.getProposalId())));
					}
				}
				voting.castBallot(id, user.getUsername(), ballot);
				return Map.of();
			}
		};
	}

	@Bean
	TaskForm signOutcomeForm(BoardPapers papers, Voting voting) {
		return new BaseTaskForm(KEY, SIGN_OUTCOME_TASK, "board/session-tasks") {
			@Override
			public Map<String, Object> model(TaskView task) {
				return Map.of("minutes", papers.minutes(sessionId(task)));
			}

			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				requireAssignee(task, user, "Only the chair signs the Board's outcome");
				voting.sign(sessionId(task), user.getUsername(), fields.get("note"));
				return Map.of();
			}
		};
	}

	/** The business key, never a variable: the reserve list's call activity passes the session id as one. */
	static long sessionId(TaskView task) {
		return recordId(task.businessKey());
	}

	/** Ballots and signatures are personal: the task's assignee (set by the process, not offered) alone. */
	static void requireAssignee(TaskView task, AppUser user, String otherwise) {
		if (!user.getUsername().equals(task.assignee())) {
			throw new AccessDeniedException(otherwise);
		}
	}
}
