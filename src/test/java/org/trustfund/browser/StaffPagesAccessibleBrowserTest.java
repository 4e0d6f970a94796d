package org.trustfund.browser;

import java.util.Set;

/** {@link EveryPageAccessibleBrowserTest} for visitors not logged in and fund managers. */
class StaffPagesAccessibleBrowserTest extends EveryPageAccessibleBrowserTest {

	@Override
	Set<String> roles() {
		return Set.of("anonymous", "fundmanager");
	}
}
