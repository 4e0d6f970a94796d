package org.trustfund.browser;

import java.util.Set;

/** {@link EveryPageAccessibleBrowserTest} for visitors not logged in, administrators and fund managers. */
class StaffPagesAccessibleBrowserTest extends EveryPageAccessibleBrowserTest {

	@Override
	Set<String> roles() {
		return Set.of("anonymous", "admin", "fundmanager");
	}
}
