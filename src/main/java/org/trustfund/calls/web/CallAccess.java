package org.trustfund.calls.web;

import org.trustfund.calls.Call;
import org.trustfund.security.AppUser;
import org.trustfund.shared.NotFoundException;
import org.trustfund.security.Permission;

/**
 * Holders of {@code READ_DRAFT_CALLS} (fund managers, administrators) see every call; everyone else only
 * published ones.
 */
final class CallAccess {

	private CallAccess() {
	}

	static boolean staff(AppUser user) {
		return user.can(Permission.READ_DRAFT_CALLS);
	}

	static Call visible(AppUser user, Call call) {
		if (!call.isPublished() && !staff(user)) {
			throw NotFoundException.keyed("notFound.call", "No call " + call.getId(), String.valueOf(call.getId()));
		}
		return call;
	}
}
