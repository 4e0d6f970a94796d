package org.trustfund.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** Path variables of the API filled with ids of records in the test database, or an id that does not exist. */
final class PathIds {

	private static final String MISSING_ID = "987654321";
	private static final Pattern VARIABLE = Pattern.compile("/([a-z-]+)/\\{([A-Za-z]+)}");

	private final JdbcTemplate jdbc;

	PathIds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces each path variable by the id of an existing record (the newest of the table its path
	 * segment names) when the body is to be read, else by an id that does not exist.
	 */
	String fill(String template, boolean existing) {
		Matcher m = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			String id = existing ? existingId(m.group(1)) : null;
			m.appendReplacement(path, "/" + m.group(1) + "/" + (id == null ? MISSING_ID : id));
		}
		m.appendTail(path);
		return path.toString().replaceAll("\\{[A-Za-z]+}", MISSING_ID);
	}

	private String existingId(String segment) {
		String query = switch (segment) {
			case "calls", "reserve" -> "select max(call_id) from reserve_list union all select max(id) from call_for_proposals";
			case "proposals", "recommendation" -> "select max(id) from proposal";
			case "grants" -> "select max(id) from fund_grant";
			case "amendments" -> "select max(id) from grant_amendment";
			case "donors" -> "select max(id) from donor";
			case "pledges" -> "select max(id) from pledge";
			case "ledger" -> "select max(id) from ledger_entry";
			case "terms" -> "select max(id) from board_term";
			case "trustees" -> "select max(id) from trustee";
			case "sessions" -> "select max(id) from board_session";
			case "tasks" -> "select max(id_) from act_ru_task";
			case "users" -> "select max(username) from app_user where username like 'ngo%'";
			default -> null;
		};
		return query == null ? null
				: jdbc.queryForList(query, String.class).stream().filter(v -> v != null).findFirst().orElse(null);
	}
}
