package org.trustfund.board.session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.trustfund.board.BoardService;
import org.trustfund.board.BoardTerm;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.Recommendation;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserAccounts;

/**
 * A Board sitting alone on a far-future day (the engine clock is moved there; reset it after the test),
 * and calls with reviewed, ranked proposals inserted directly, so that sessions are cheap to set up.
 */
@Component
public class SessionFixtures {

	private static final String HASH = new BCryptPasswordEncoder(4).encode(Fixtures.PASSWORD);

	private final BoardService board;
	private final UserAccounts accounts;
	private final Fixtures fixtures;
	private final JdbcTemplate jdbc;

	SessionFixtures(BoardService board, UserAccounts accounts, Fixtures fixtures, JdbcTemplate jdbc) {
		this.board = board;
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	/** The chair first, then the other trustees; their countries in the same order. */
	public record Board(long termId, List<String> trustees) {
		public String chair() {
			return trustees.get(0);
		}

		public String trustee(int i) {
			return trustees.get(i);
		}
	}

	/**
	 * Each Board gets a year of its own: two Boards sitting in the same year would share the session's voters.
	 * A counter, not a random year, so no two tests of one run ever collide (a random year in 3000-8999 did).
	 */
	private static final java.util.concurrent.atomic.AtomicInteger NEXT_YEAR = new java.util.concurrent.atomic.AtomicInteger(3000);

	/** The application's one clock (the engine's), which {@link #board} moves. */
	private static final java.time.Clock FUND_CLOCK = new org.trustfund.processes.FundClock();

	public Board board(String... countries) {
		int year = NEXT_YEAR.getAndIncrement();
		BoardTerm term = board.recordTerm("Board " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				Math.max(countries.length, 1), "admin");
		ClockUtil.setCurrentTime(Date.from(Instant.parse(year + "-03-01T12:00:00Z")));
		List<String> names = new ArrayList<>();
		for (int i = 0; i < countries.length; i++) {
			String name = user(i == 0 ? EnumSet.of(Role.TRUSTEE, Role.BOARD_CHAIR) : EnumSet.of(Role.TRUSTEE));
			board.appoint(term.getId(), name, countries[i], i == 0, "admin");
			names.add(name);
		}
		return new Board(term.getId(), names);
	}

	public String user(EnumSet<Role> roles) {
		String name = Fixtures.unique("tr");
		accounts.save(new UserAccount(name, "Test " + name, name + "@trustfund.example", HASH, roles, null,
				FUND_CLOCK.instant()));
		return name;
	}

	/** A call whose recommendation is with the Board. */
	public long readyCall() {
		long id = fixtures.openCall().getId();
		jdbc.update("update call_for_proposals set status = 'READY_FOR_BOARD' where id = ?", id);
		return id;
	}

	public Fixtures.Ngo ngo() {
		return fixtures.verifiedNgo("TH");
	}

	public long proposal(long callId, long organisationId, String country, String amount, int rank,
			Recommendation recommendation) {
		return proposal(callId, organisationId, country, amount, rank, recommendation, ProposalStatus.REVIEWED);
	}

	public long proposal(long callId, long organisationId, String country, String amount, int rank,
			Recommendation recommendation, ProposalStatus status) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(c -> {
			PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
			fill(ps, callId, organisationId, country, new BigDecimal(amount), rank, recommendation, status);
			return ps;
		}, key);
		return key.getKeys().size() == 1 ? ((Number) key.getKeys().values().iterator().next()).longValue()
				: ((Number) key.getKeys().get("ID")).longValue();
	}

	static final String INSERT = "insert into proposal (call_id, organisation_id, title, country, target_groups, services, "
			+ "victims_per_year, amount_requested, duration_months, narrative, contact_name, contact_email, status, "
			+ "created_by, created_at, submitted_at, final_score, rank_position, recommendation, recommendation_note) "
			+ "values (?, ?, ?, ?, 'WOMEN', 'BASIC_SHELTER', 100, ?, 24, 'We run a shelter for survivors.', 'Amina', "
			+ "'amina@ngo.example', ?, 'ngo', ?, ?, ?, ?, ?, ?)";

	static void fill(PreparedStatement ps, long callId, long organisationId, String country, BigDecimal amount, int rank,
			Recommendation recommendation, ProposalStatus status) throws java.sql.SQLException {
		Timestamp now = Timestamp.from(FUND_CLOCK.instant());
		ps.setLong(1, callId);
		ps.setLong(2, organisationId);
		ps.setString(3, "Shelter project ranked " + rank);
		ps.setString(4, country);
		ps.setBigDecimal(5, amount);
		ps.setString(6, status.name());
		ps.setTimestamp(7, now);
		ps.setTimestamp(8, now);
		ps.setBigDecimal(9, new BigDecimal("80.00"));
		ps.setInt(10, rank);
		ps.setString(11, recommendation.name());
		ps.setString(12, recommendation == Recommendation.REJECT ? "Below the quality threshold" : "Strong project");
	}
}
