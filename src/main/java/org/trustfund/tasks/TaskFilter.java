package org.trustfund.tasks;

import org.springframework.modulith.NamedInterface;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.trustfund.shared.ValidationException;

/**
 * What part of a task list to show, as given in the address ({@code /tasks?...}, {@code /api/tasks?...}).
 *
 * @param page 1-based page number
 * @param size tasks per page, 1 to {@link #MAX_SIZE}
 * @param process a process key (e.g. {@code proposalReview}), or null for all
 * @param kind a task key (e.g. {@code screenProposal}), or null for all
 * @param due {@link Due} filter, or null for all
 * @param scope {@link Scope} filter, or null for both
 * @param q text that the task's name, subject or business key contains (any case), or null
 * @param sort the order, never null
 */
@NamedInterface("api")
public record TaskFilter(int page, int size, String process, String kind, Due due, Scope scope, String q, Sort sort) {

	public static final int DEFAULT_SIZE = 50;
	public static final int MAX_SIZE = 200;
	public static final int MAX_QUERY = 100;

	/** The first page of everything, newest first. */
	public static final TaskFilter ALL = new TaskFilter(1, DEFAULT_SIZE, null, null, null, null, null, Sort.NEWEST);

	/** Due-date filters: overdue (due before now), with a due date, without one. */
	@NamedInterface("api")
	public enum Due {
		OVERDUE, DATED, UNDATED
	}

	/** Whose: claimed by me, or unclaimed and offered to one of my groups. */
	@NamedInterface("api")
	public enum Scope {
		MINE, OFFERED
	}

	/** Newest first (created), oldest first, soonest due first (no due date last). */
	@NamedInterface("api")
	public enum Sort {
		NEWEST, OLDEST, DUE
	}

	/**
	 * Reads a filter from request parameters; blank means not given.
	 * @param page 1-based, default 1
	 * @param size default {@value #DEFAULT_SIZE}
	 * @param due {@code overdue}, {@code dated} or {@code undated}
	 * @param scope {@code mine} or {@code offered}
	 * @param sort {@code newest} (default), {@code oldest} or {@code due}
	 * @throws ValidationException naming each parameter that is out of range or unknown
	 */
	public static TaskFilter of(String page, String size, String process, String kind, String due, String scope,
			String q, String sort) {
		Map<String, ValidationException.Keyed> errors = new LinkedHashMap<>();
		int p = number(page, 1, 1, Integer.MAX_VALUE / MAX_SIZE, "page", errors);
		int s = number(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", errors);
		Due d = choice(Due.class, due, "due", errors);
		Scope sc = choice(Scope.class, scope, "scope", errors);
		Sort so = choice(Sort.class, sort, "sort", errors);
		String text = blankToNull(q);
		if (text != null && text.length() > MAX_QUERY) {
			errors.put("q", new ValidationException.Keyed("error.search.max", "Search for at most " + MAX_QUERY + " characters",
					String.valueOf(MAX_QUERY)));
		}
		String proc = blankToNull(process);
		String k = blankToNull(kind);
		if (proc != null && proc.length() > 255) {
			errors.put("process", new ValidationException.Keyed("error.filter.process", "Unknown process"));
		}
		if (k != null && k.length() > 255) {
			errors.put("kind", new ValidationException.Keyed("error.filter.kind", "Unknown kind of task"));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return new TaskFilter(p, s, proc, k, d, sc, text, so == null ? Sort.NEWEST : so);
	}

	/** @return the index of the page's first task */
	public long offset() {
		return (long) (page - 1) * size;
	}

	/** @return this filter on another page */
	public TaskFilter onPage(int other) {
		return new TaskFilter(other, size, process, kind, due, scope, q, sort);
	}

	/** @return true if only process, kind and scope narrow the list (counts then give its size) */
	boolean countedByKind() {
		return due == null && q == null;
	}

	/** @return the filter's value as it is written in the address, lower case; null for null */
	public static String param(Enum<?> value) {
		return value == null ? null : value.name().toLowerCase(Locale.ROOT);
	}

	private static int number(String value, int fallback, int min, int max, String field, Map<String, ValidationException.Keyed> errors) {
		String text = blankToNull(value);
		if (text == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(text);
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.put(field, new ValidationException.Keyed("error.number.range", "A whole number from " + min + " to " + max,
				String.valueOf(min), String.valueOf(max)));
		return fallback;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, ValidationException.Keyed> errors) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(text)) {
				return e;
			}
		}
		StringBuilder allowed = new StringBuilder();
		for (E e : type.getEnumConstants()) {
			allowed.append(allowed.isEmpty() ? "" : ", ").append(param(e));
		}
		errors.put(field, new ValidationException.Keyed("error.choice.oneOf", "One of " + allowed, allowed.toString()));
		return null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
