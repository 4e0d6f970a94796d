package org.trustfund.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What the first pass remembers of a file's earlier rows, so that a kind can refuse a duplicate reference
 * or refer to something an earlier row of the same file creates. Holds keys, never whole rows, so a file
 * of 100,000 rows keeps only its references in memory.
 */
@NamedInterface("spi")
public final class HistoryFile {

	private final Map<String, Set<String>> seen = new HashMap<>();

	/**
	 * Remembers {@code key} in {@code space} (e.g. "reference", "grant").
	 * @return {@code true} the first time, {@code false} when an earlier row gave the same key
	 */
	public boolean firstTime(String space, String key) {
		return seen.computeIfAbsent(space, s -> new HashSet<>()).add(key);
	}

	/** @return whether an earlier row remembered {@code key} in {@code space} */
	public boolean seen(String space, String key) {
		return seen.getOrDefault(space, Set.of()).contains(key);
	}
}
