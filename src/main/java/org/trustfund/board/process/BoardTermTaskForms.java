package org.trustfund.board.process;

import static org.trustfund.board.BoardTermProcess.*;
import static org.trustfund.processes.ProcessValues.noteWithin;
import static org.trustfund.processes.ProcessValues.recordId;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.board.BoardService;
import org.trustfund.board.BoardTerm;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.BaseTaskForm;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskSubjects;
import org.trustfund.tasks.TaskView;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/** The Board term's two task forms, and how its tasks are labelled in the task lists. */
@Configuration
class BoardTermTaskForms {

	@Bean
	TaskSubjects boardTermSubjects(BoardService board) {
		return new TaskSubjects() {
			@Override
			public String processKey() {
				return KEY;
			}

			@Override
			public Subject describe(String businessKey) {
				return new Subject(board.term(recordId(businessKey)).getName(), "/board");
			}
		};
	}

	@Bean
	TaskForm callForNominationsForm(BoardService board) {
		return new BoardTermForm(CALL_FOR_NOMINATIONS_TASK, board) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				return Map.of(NOTE, noteWithin(fields, NOTE, true,
						new ValidationException.Keyed("error.board.nominationsNote",
						"Note how and when nominations were invited (up to 2000 characters)")));
			}
		};
	}

	@Bean
	TaskForm appointNewBoardForm(BoardService board) {
		return new BoardTermForm(APPOINT_NEW_BOARD_TASK, board) {
			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				BoardTerm current = board.term(recordId(task.businessKey()));
				BoardTerm next;
				try {
					next = board.term(Long.parseLong(fields.getOrDefault(NEW_TERM_ID, "").strip()));
				}
				catch (NumberFormatException | NotFoundException e) {
					throw ValidationException.keyed(NEW_TERM_ID, "error.board.newTerm", "Choose the new Board's term");
				}
				if (!next.getStartsOn().isAfter(current.getStartsOn())) {
					throw ValidationException.keyed(NEW_TERM_ID, "error.board.newTermStart",
							"The new Board's term must start after this one's");
				}
				if (board.trusteesOf(next.getId()).stream().noneMatch(t -> t.isChair())) {
					throw ValidationException.keyed(NEW_TERM_ID, "error.board.newTermTrustees",
							"Appoint the new Board's trustees and chair first");
				}
				return Map.of(NEW_TERM_ID, next.getId());
			}
		};
	}

	private abstract static class BoardTermForm extends BaseTaskForm {

		private final BoardService board;

		BoardTermForm(String taskKey, BoardService board) {
			super(KEY, taskKey, "board/tasks");
			this.board = board;
		}		@Override
		public Map<String, Object> model(TaskView task) {
			long termId = recordId(task.businessKey());
			return Map.of("term", board.term(termId), "trustees", board.trusteesOf(termId), "terms", board.terms());
		}
	}
}
