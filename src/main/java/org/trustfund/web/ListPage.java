package org.trustfund.web;

import org.springframework.modulith.NamedInterface;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One page of a working list: its rows, how many rows the filtered list has in all, and what the pager, the
 * sortable headers and the empty-state message need. The page asked for is brought within the pages there are
 * (page 9 of 7 shows page 7), so an old bookmark still shows rows.
 *
 * @param rows the rows of this page, in the list's order
 * @param total the rows of the whole filtered list
 * @param number this page, from 1
 * @param query the address the page was read from
 */
@NamedInterface("api")
public record ListPage<T>(List<T> rows, long total, int number, ListQuery query) {

	/**
	 * @param total how many rows the filtered list has
	 * @param fetch given the offset (rows to skip) and the page size, the rows of the page
	 */
	public static <T> ListPage<T> of(ListQuery query, long total, BiFunction<Long, Integer, List<T>> fetch) {
		int pages = (int) Math.max(1, (total + query.size() - 1) / query.size());
		int number = Math.min(query.page(), pages);
		List<T> rows = total == 0 ? List.of() : fetch.apply((long) (number - 1) * query.size(), query.size());
		return new ListPage<>(rows, total, number, query);
	}

	/**
	 * The page asked for as it is, for an API: a page past the last one has no rows (so a client paging until an
	 * empty list stops), where {@link #of} would show the last page again.
	 *
	 * @param total how many rows the filtered list has
	 * @param fetch given the offset (rows to skip) and the page size, the rows of the page; not called for a page
	 *        past the end
	 * @return the page numbered {@code query.page()}, empty when it lies past the last row
	 */
	public static <T> ListPage<T> exact(ListQuery query, long total, BiFunction<Long, Integer, List<T>> fetch) {
		long offset = (long) (query.page() - 1) * query.size();
		List<T> rows = offset >= total ? List.of() : fetch.apply(offset, query.size());
		return new ListPage<>(rows, total, query.page(), query);
	}

	/** @return the number of pages, at least 1 */
	public int pages() {
		return (int) Math.max(1, (total + query.size() - 1) / query.size());
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages();
	}

	/** @return the address of page {@code n} with the same search, filters and sort */
	public String pageLink(int n) {
		return query.link("page", n <= 1 ? null : String.valueOf(n));
	}

	/** @return the key of the message for an empty list: {@code noneYet} unfiltered, {@code noneMatch} filtered */
	public String emptyKey(String noneYet, String noneMatch) {
		return query.filtered() ? noneMatch : noneYet;
	}
}
