package org.trustfund.security.camunda;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.Page;

/**
 * What the directory's user and group queries share: both filter the application's users or groups in memory
 * (a fund has tens or hundreds, not millions), find nothing for a process definition or a tenant (there are
 * none), and answer a list in id order, one page of it when Camunda asks for a page.
 */
final class DirectoryQueries {

	private DirectoryQueries() {
	}

	/** True when the query asks for what the directory never has: authorisations of a process definition, a tenant. */
	static boolean asksForDefinitionOrTenant(String procDefId, String tenantId) {
		return procDefId != null || tenantId != null;
	}

	/**
	 * The matches in order of {@code id}, skipping and limiting to {@code page} when it is not null; never null.
	 */
	static <T> List<T> sortedPage(Stream<T> matches, Function<T, String> id, Page page) {
		Stream<T> sorted = matches.sorted(Comparator.comparing(id));
		if (page != null) {
			sorted = sorted.skip(page.getFirstResult()).limit(page.getMaxResults());
		}
		return sorted.toList();
	}
}
