package org.trustfund.browser;

import java.util.Set;

/** {@link EveryPageAccessibleBrowserTest} for NGO members, reviewers, the Board's chair and trustees. */
class BoardAndNgoPagesAccessibleBrowserTest extends EveryPageAccessibleBrowserTest {

	@Override
	Set<String> roles() {
		return Set.of("ngo", "reviewer", "chair", "trustee");
	}
}
