package org.trustfund.calls.web;

import org.trustfund.calls.Call;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;
import org.trustfund.web.NotFoundException;

/** Fund managers (and administrators) see every call; everyone else only published ones. */
final class CallAccess {

	private CallAccess() {
	}

	static boolean staff(AppUser user) {
		return user.hasRole(Role.FUND_MANAGER) || user.hasRole(Role.ADMIN);
	}

	static Call visible(AppUser user, Call call) {
		if (!call.isPublished() && !staff(user)) {
			throw new NotFoundException("No call " + call.getId());
		}
		return call;
	}
}
