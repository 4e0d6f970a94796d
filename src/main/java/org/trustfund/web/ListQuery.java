package org.trustfund.web;

import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import org.trustfund.shared.ValidationException;

/**
 * What a working list shows, as its address says: search text {@code q}, the list's own filters, the sort
 * ({@code sort} a column key of the list's {@link Sorts}, {@code dir} {@code asc} or {@code desc}) and the
 * page ({@code page}, from 1; {@code size}, 1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}).
 * <p>
 * Read with {@link #of}, then each filter through {@link #text}, {@link #id}, {@link #date} or {@link #choice}.
 * A bad value (an unknown sort column, page -1, a date that is not YYYY-MM-DD) never fails the page: the list
 * falls back (default sort, first page, filter ignored), leaves the value out of every link it makes and
 * records a {@link Problem} the page shows. An API calls {@link #requireValid()} instead (400 problem details).
 * Links ({@link #link}, {@link #at}) keep every other parameter, so a filtered view is an address to bookmark.
 */
@NamedInterface("api")
public final class ListQuery {

	/** Rows per page when the address does not say. */
	public static final int DEFAULT_SIZE = 25;
	/** The most rows a page may have, whatever the address asks. */
	public static final int MAX_SIZE = 200;
	private static final int MAX_TEXT = 200;

	/**
	 * The columns a list may be sorted by: key (as in the address) to what the list's query orders by (a JPA
	 * property or an SQL column, as the list's repository needs), and the default.
	 */
	@NamedInterface("api")
	public record Sorts(String defaultKey, boolean defaultDescending, Map<String, String> columns, String tiebreak) {

		/** Sorts whose ties are broken by {@code id}, newest first. */
		public Sorts(String defaultKey, boolean defaultDescending, Map<String, String> columns) {
			this(defaultKey, defaultDescending, columns, "id");
		}
	}

	/** A parameter refused: {@code key} a message key taking the parameter's name and value as arguments. */
	@NamedInterface("api")
	public record Problem(String key, String param, String value) {
	}

	private final String path;
	private final Map<String, String> raw;
	private final Map<String, String> kept = new LinkedHashMap<>();
	private final List<Problem> problems = new ArrayList<>();
	private final Sorts sorts;
	private final String sortKey;
	private final boolean descending;
	private final int page;
	private final int size;
	private boolean filtered;

	private ListQuery(String path, Map<String, String> raw, Sorts sorts) {
		this.path = path;
		this.raw = raw;
		this.sorts = sorts;
		String s = clean(raw.get("sort"));
		String d = clean(raw.get("dir"));
		if (s != null && !sorts.columns().containsKey(s)) {
			problems.add(new Problem("list.bad.sort", "sort", s));
			s = null;
		}
		if (d != null && !d.equals("asc") && !d.equals("desc")) {
			problems.add(new Problem("list.bad.dir", "dir", d));
			d = null;
		}
		this.sortKey = s == null ? sorts.defaultKey() : s;
		this.descending = d == null ? (s == null && sorts.defaultDescending()) : d.equals("desc");
		if (s != null) {
			kept.put("sort", s);
		}
		if (d != null) {
			kept.put("dir", d);
		}
		Integer sz = number("size", 1, MAX_SIZE);
		this.size = sz == null ? DEFAULT_SIZE : sz;
		if (sz != null) {
			kept.put("size", sz.toString());
		}
		Integer p = number("page", 1, Integer.MAX_VALUE);
		this.page = p == null ? 1 : p;
		this.text("q");
	}

	/**
	 * @param path the list's address without parameters ({@code /proposals})
	 * @param params the request's parameters (first value of each)
	 * @param sorts the columns the list may be sorted by
	 */
	public static ListQuery of(String path, Map<String, String> params, Sorts sorts) {
		return new ListQuery(path, params == null ? Map.of() : params, sorts);
	}

	/** @return the stripped text of {@code name} (at most 200 characters kept), or null when absent or blank */
	public String text(String name) {
		String v = clean(raw.get(name));
		if (v != null && v.length() > MAX_TEXT) {
			v = v.substring(0, MAX_TEXT);
		}
		return keep(name, v);
	}

	/** @return the search text {@code q}, or null */
	public String q() {
		return kept.get("q");
	}

	/** @return the search text as an SQL LIKE pattern, lower-case, {@code %text%} with % and _ escaped by \, or null */
	public String like() {
		String q = q();
		return q == null ? null
				: "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** @return {@code name} as a positive whole number (an id), or null; another value is a problem */
	public Long id(String name) {
		return read(name, "list.bad.value", v -> {
			long id = Long.parseLong(v);
			return id > 0 ? id : null;
		});
	}

	/** @return {@code name} as a date YYYY-MM-DD (years 1000 to 9999), or null; another value is a problem */
	public LocalDate date(String name) {
		return read(name, "list.bad.date", v -> {
			LocalDate d = LocalDate.parse(v);
			return d.getYear() >= 1000 && d.getYear() <= 9999 ? d : null;
		});
	}

	/** @return {@code name} as one of {@code type}'s constants (case ignored), or null; another value is a problem */
	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		return read(name, "list.bad.value", v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
	}

	/** @return {@code name} as an ISO 3166-1 alpha-2 country code, upper case, or null; another value is a problem */
	public String country(String name) {
		return read(name, "list.bad.value", v -> v.matches("[A-Za-z]{2}") ? v.toUpperCase(Locale.ROOT) : null);
	}

	/** @return {@code name} as {@code true} or {@code false}, or null when absent; another value is a problem */
	public Boolean bool(String name) {
		return read(name, "list.bad.value", v -> v.equals("true") || v.equals("false") ? Boolean.valueOf(v) : null);
	}

	/** @return whether {@code name} is {@code true} (a checkbox); anything else is false */
	public boolean flag(String name) {
		boolean on = "true".equals(clean(raw.get(name)));
		keep(name, on ? "true" : null);
		return on;
	}

	/** @throws ValidationException naming each refused parameter (for an API: 400 problem details) */
	public ListQuery requireValid() {
		if (!problems.isEmpty()) {
			Map<String, ValidationException.Keyed> errors = new LinkedHashMap<>();
			problems.forEach(p -> errors.put(p.param(), new ValidationException.Keyed("error.value.invalid",
					"Not a valid value: " + p.value(), p.value())));
			throw ValidationException.keyed(errors);
		}
		return this;
	}

	public List<Problem> problems() {
		return problems;
	}

	/** @return whether the search or a filter narrows the list (an empty list then says "none match") */
	public boolean filtered() {
		return filtered;
	}

	/** @return the value kept in the address for {@code name}, or null */
	public String value(String name) {
		return kept.get(name);
	}

	public String sortKey() {
		return sortKey;
	}

	/** @return what the list's query orders by (the {@link Sorts}' column of the sort key) */
	public String sortColumn() {
		return sorts.columns().get(sortKey);
	}

	/** @return the property that breaks ties in the order (the rows' identity), descending */
	public String tiebreak() {
		return sorts.tiebreak();
	}

	public boolean descending() {
		return descending;
	}

	/** @return the page asked for, from 1 ({@link ListPage} brings it within the pages there are) */
	public int page() {
		return page;
	}

	public int size() {
		return size;
	}

	public String path() {
		return path;
	}

	/** @return this list's address with every kept parameter but the page, and then {@code name=value} pairs (null removes) */
	public String link(String... pairs) {
		return at(path, pairs);
	}

	/** @return {@code otherPath} (a CSV export) with this list's search, filters and sort, and {@code pairs} */
	public String at(String otherPath, String... pairs) {
		Map<String, String> p = new LinkedHashMap<>(kept);
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (pairs[i + 1] == null) {
				p.remove(pairs[i]);
			}
			else {
				p.put(pairs[i], pairs[i + 1]);
			}
		}
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(otherPath);
		p.forEach(b::queryParam);
		return b.encode().build().toUriString();
	}

	/** @return the address that sorts by {@code key}: ascending, or the other way when it is already the sort */
	public String sortLink(String key) {
		boolean desc = key.equals(sortKey) && !descending;
		return link("sort", key, "dir", desc ? "desc" : "asc");
	}

	/** @return the {@code aria-sort} of column {@code key}: ascending, descending or none */
	public String ariaSort(String key) {
		return !key.equals(sortKey) ? "none" : descending ? "descending" : "ascending";
	}

	/**
	 * Reads parameter {@code name} with {@code parse} (null or an exception: not valid). A valid value is kept in
	 * the address as written by its {@code toString()} (an enum by its name); another is a {@link Problem}.
	 */
	private <T> T read(String name, String problemKey, java.util.function.Function<String, T> parse) {
		String v = clean(raw.get(name));
		if (v == null) {
			return null;
		}
		T value;
		try {
			value = parse.apply(v);
		}
		catch (RuntimeException e) {
			value = null;
		}
		if (value == null) {
			problems.add(new Problem(problemKey, name, v));
			return null;
		}
		keep(name, value instanceof Enum<?> e ? e.name() : value instanceof LocalDate ? v : value.toString());
		return value;
	}

	private String keep(String name, String value) {
		if (value != null) {
			kept.put(name, value);
			filtered = true;
		}
		return value;
	}

	private Integer number(String name, int min, int max) {
		String v = clean(raw.get(name));
		Integer n = null;
		try {
			n = v == null ? null : Integer.valueOf(v);
		}
		catch (NumberFormatException e) {
			// reported below
		}
		if (v != null && (n == null || n < min)) {
			problems.add(new Problem("list.bad.value", name, v));
			return null;
		}
		return n == null ? null : Math.min(n, max);
	}

	private static String clean(String v) {
		return v == null || v.isBlank() ? null : v.strip();
	}
}
