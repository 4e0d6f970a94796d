package org.trustfund.browser;

import java.util.Set;

/**
 * {@link EveryPageAccessibleBrowserTest} for NGO members (and an applicant whose organisation is being verified),
 * reviewers, the Board's chair and trustees.
 */
class BoardAndNgoPagesAccessibleBrowserTest extends EveryPageAccessibleBrowserTest {

	@Override
	Set<String> roles() {
		return Set.of("ngo", "applicant", "reviewer", "chair", "trustee");
	}
}
