package org.trustfund.web;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Spring Data pieces for a working list read by JPA: the filters of a {@link ListQuery} as a {@link Specification}
 * (a null value does not narrow) and its sort and page as a {@link Pageable}, so the database does the filtering.
 */
@NamedInterface("api")
public final class ListSpecs {

	private ListSpecs() {
	}

	/** @return rows whose lower-cased text properties {@code props} match {@code pattern} (from {@link ListQuery#like()}), any of them */
	public static <T> Specification<T> like(String pattern, String... props) {
		return (root, query, cb) -> {
			if (pattern == null) {
				return null;
			}
			List<Predicate> any = new ArrayList<>();
			for (String p : props) {
				any.add(cb.like(cb.lower(root.<String>get(p)), pattern, '\\'));
			}
			return cb.or(any.toArray(Predicate[]::new));
		};
	}

	/** @return rows whose property {@code prop} equals {@code value}; every row when {@code value} is null */
	public static <T> Specification<T> equal(String prop, Object value) {
		return (root, query, cb) -> value == null ? null : cb.equal(root.get(prop), value);
	}

	/** @return rows whose property {@code prop} lies from {@code from} to {@code to}, both inclusive; null is open */
	public static <T, C extends Comparable<? super C>> Specification<T> between(String prop, C from, C to) {
		return (root, query, cb) -> {
			List<Predicate> both = new ArrayList<>();
			if (from != null) {
				both.add(cb.greaterThanOrEqualTo(root.<C>get(prop), from));
			}
			if (to != null) {
				both.add(cb.lessThanOrEqualTo(root.<C>get(prop), to));
			}
			return both.isEmpty() ? null : cb.and(both.toArray(Predicate[]::new));
		};
	}

	/** @return the query's sort (its {@link ListQuery.Sorts} column, a JPA property), then its tiebreak for a stable order */
	public static Sort sort(ListQuery q) {
		Sort.Order first = q.descending() ? Sort.Order.desc(q.sortColumn()) : Sort.Order.asc(q.sortColumn());
		return q.sortColumn().equals(q.tiebreak()) ? Sort.by(first) : Sort.by(first, Sort.Order.desc(q.tiebreak()));
	}

	/**
	 * Reads the page the query asks for; when it lies past the end, the last page instead.
	 *
	 * @param fetch a repository's {@code findAll(specification, pageable)} for the list's criteria
	 */
	public static <T> ListPage<T> read(ListQuery q, Function<Pageable, Page<T>> fetch) {
		Page<T> p = fetch.apply(PageRequest.of(q.page() - 1, q.size(), sort(q)));
		if (p.getContent().isEmpty() && p.getTotalElements() > 0) {
			p = fetch.apply(PageRequest.of((int) ((p.getTotalElements() - 1) / q.size()), q.size(), sort(q)));
		}
		return new ListPage<>(p.getContent(), p.getTotalElements(), p.getNumber() + 1, q);
	}

	/** @return every row in {@code q}'s sort, for a CSV export of the whole filtered list */
	public static Pageable all(ListQuery q) {
		return Pageable.unpaged(sort(q));
	}

	/** @return the page at {@code offset} (a multiple of {@code size}, as {@link ListPage#of} gives) in {@code q}'s sort */
	public static Pageable page(ListQuery q, long offset, int size) {
		return PageRequest.of((int) (offset / size), size, sort(q));
	}
}
