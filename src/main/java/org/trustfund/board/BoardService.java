package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.notifications.NotificationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;
import org.trustfund.shared.NotFoundException;

/**
 * The Board of Trustees: terms, who sits on them, who chairs, and whether enough trustees sit for a
 * session. Recording a term starts its {@code boardTerm} process, which calls for nominations in time.
 */
@Service
@NamedInterface("api")
public class BoardService {

	private final BoardTerms terms;
	private final Trustees trustees;
	private final UserService users;
	private final NotificationService notifications;
	private final RuntimeService runtime;
	private final BoardSettings settings;
	private final Clock clock;

	BoardService(BoardTerms terms, Trustees trustees, UserService users, NotificationService notifications,
			RuntimeService runtime, BoardSettings settings, Clock clock) {
		this.terms = terms;
		this.trustees = trustees;
		this.users = users;
		this.notifications = notifications;
		this.runtime = runtime;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public BoardTerm recordTerm(String name, LocalDate startsOn, LocalDate endsOn, Integer seats, String actor) {
		BoardTerm term = terms.save(new BoardTerm(name, startsOn, endsOn, seats == null ? settings.seats() : seats,
				actor, clock.instant()));
		runtime.startProcessInstanceByKey(BoardTermProcess.KEY, term.getId().toString(),
				Map.of(BoardTermProcess.TERM_ID, term.getId()));
		return term;
	}

	@Transactional
	public Trustee appoint(long termId, String username, String country, boolean chair, String actor) {
		BoardTerm term = term(termId);
		UserAccount user = users.find(username)
			.orElseThrow(() -> new BoardRuleException("username", "error.board.noUser", "There is no user " + username,
					username));
		if (!user.isEnabled() || !user.hasRole(Role.TRUSTEE)) {
			throw new BoardRuleException("username", "error.board.notTrustee", username
					+ " is not an enabled user with the trustee role", username);
		}
		if (chair && !user.hasRole(Role.BOARD_CHAIR)) {
			throw new BoardRuleException("chair", "error.board.notChair", username
					+ " needs the Board chair role to chair the Board", username);
		}
		if (country == null || !country.matches("[A-Za-z]{2}")) {
			throw new BoardRuleException("country", "error.board.country", "Choose the trustee's country");
		}
		if (trustees.existsByTermIdAndUsername(termId, username)) {
			throw new BoardRuleException("username", "error.board.alreadySits", username + " already sits on this Board",
					username);
		}
		if (trustees.countByTermId(termId) >= term.getSeats()) {
			throw new BoardRuleException("username", "error.board.seatsTaken", "All " + term.getSeats()
					+ " seats of this Board are taken", String.valueOf(term.getSeats()));
		}
		if (chair && trustees.existsByTermIdAndChairTrue(termId)) {
			throw new BoardRuleException("chair", "error.board.hasChair", "This Board already has a chair");
		}
		Trustee trustee = trustees.save(new Trustee(termId, username, country, chair, actor, clock.instant()));
		notifications.notifyUser(username, Text.of("notice.board.appointed"),
				Text.of(chair ? "notice.board.appointed.chair" : "notice.board.appointed.body", term.getName(),
						term.getStartsOn(), term.getEndsOn()),
				"/board");
		return trustee;
	}

	@Transactional
	public void remove(long termId, long trusteeId) {
		Trustee trustee = trustees.findById(trusteeId).filter(t -> t.getTermId() == termId)
			.orElseThrow(() -> NotFoundException.keyed("notFound.trustee", "No trustee " + trusteeId + " on term " + termId, String.valueOf(trusteeId), String.valueOf(termId)));
		trustees.delete(trustee);
	}

	@Transactional(readOnly = true)
	public BoardTerm term(long id) {
		return terms.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.term", "No Board term " + id, String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<BoardTerm> terms() {
		return terms.findAllByOrderByStartsOnDesc();
	}

	@Transactional(readOnly = true)
	public List<Trustee> trusteesOf(long termId) {
		return trustees.findByTermIdOrderByChairDescUsernameAsc(termId);
	}

	/** The Board sitting on a day: the term that includes it (the latest started, should two overlap). */
	@Transactional(readOnly = true)
	public Optional<BoardTerm> sittingTerm(LocalDate day) {
		return terms.findAll().stream().filter(t -> t.sitsOn(day)).max(Comparator.comparing(BoardTerm::getStartsOn));
	}

	/** Trustees sitting today whose accounts are enabled. */
	@Transactional(readOnly = true)
	public List<Trustee> sittingTrustees() {
		return sittingTerm(today()).map(t -> trusteesOf(t.getId()).stream()
			.filter(tr -> users.get(tr.getUsername()).isEnabled()).toList()).orElse(List.of());
	}

	/** Refuses, saying why, when fewer trustees sit than a session's quorum. */
	@Transactional(readOnly = true)
	public void requireQuorum() {
		BoardTerm term = sittingTerm(today())
			.orElseThrow(() -> new BoardRuleException("board", "error.board.noneSitting", "No Board is sitting today"));
		int sitting = sittingTrustees().size();
		if (sitting < term.quorum()) {
			throw new BoardRuleException("board", "error.board.quorum", "Only " + sitting
					+ " trustees are sitting; a session needs at least " + term.quorum() + " (a majority of the "
					+ term.getSeats() + " seats)", String.valueOf(sitting), String.valueOf(term.quorum()),
					String.valueOf(term.getSeats()));
		}
	}

	/** When the fund manager must call for nominations: the configured lead time before the term ends. */
	public Date nominationsDue(String termId) {
		BoardTerm term = term(Long.parseLong(termId));
		return Date.from(term.getEndsOn().atStartOfDay(ZoneOffset.UTC).toInstant().minus(settings.nominationLead()));
	}

	/** The end of the term (midnight after its last day), for the process's escalation timer. */
	public Date termEnds(String termId) {
		return Date.from(term(Long.parseLong(termId)).getEndsOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	@Transactional
	public void newBoardAppointed(long oldTermId, long newTermId) {
		BoardTerm old = term(oldTermId);
		BoardTerm next = term(newTermId);
		Text text = Text.of("notice.board.next.body", next.getName(), old.getName(), next.getStartsOn());
		notifications.notifyHolders(Permission.CONVENE_BOARD, Text.of("notice.board.next.staff"), text, "/board");
		trusteesOf(oldTermId).forEach(t -> notifications.notifyUser(t.getUsername(), Text.of("notice.board.next"), text,
				"/board"));
	}

	@Transactional
	public void termEndedWithoutSuccessor(long termId) {
		BoardTerm term = term(termId);
		Text text = Text.of("notice.board.ended.body", term.getName(), term.getEndsOn());
		notifications.notifyHolders(Permission.MANAGE_BOARD, Text.of("notice.board.ended"), text, "/admin/board");
		notifications.notifyHolders(Permission.CONVENE_BOARD, Text.of("notice.board.ended"), text, "/board");
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
