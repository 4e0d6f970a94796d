package org.trustfund.browser;

import java.util.Set;

/**
 * {@link EveryPageAccessibleBrowserTest} for NGO members (and an applicant whose organisation is being verified),
 * reviewers, the Board's chair and trustees, and administrators (here rather than with the fund manager so that the
 * two classes take about as long: they run in two test JVMs).
 */
class BoardNgoAndAdminPagesAccessibleBrowserTest extends EveryPageAccessibleBrowserTest {

	@Override
	Set<String> roles() {
		return Set.of("ngo", "applicant", "reviewer", "chair", "trustee", "admin");
	}
}
