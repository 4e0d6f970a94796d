package org.trustfund.home;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.OrganisationStatus;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;
import org.trustfund.users.UserSearch;

/**
 * The administrator's section: users waiting (members of organisations not verified yet, who cannot act until
 * the secretariat verifies them), organisations to verify, and the engine's open incidents and failed jobs.
 */
@Component
@Order(50)
class AdminSection implements HomeSection {

	/**
	 * Each figure is the row count of the list it links to.
	 *
	 * @param usersWaiting members of organisations not verified yet ({@code /admin/users?waiting=true})
	 * @param organisationsToVerify organisations signed up and waiting for the secretariat
	 * ({@code /organisations?status=PENDING}); {@code informationRequested} those asked for more information
	 * ({@code /organisations?status=INFORMATION_REQUESTED})
	 * @param failedJobs jobs whose last run threw (with or without retries left)
	 * @param cockpit whether the user may open Camunda's Cockpit (where incidents and jobs are handled)
	 */
	record Figures(long usersWaiting, long organisationsToVerify, long informationRequested, long incidents,
			long failedJobs, boolean cockpit) {
	}

	private final UserSearch users;
	private final OrganisationService organisations;
	private final RuntimeService runtime;
	private final ManagementService management;

	AdminSection(UserSearch users, OrganisationService organisations, RuntimeService runtime,
			ManagementService management) {
		this.users = users;
		this.organisations = organisations;
		this.runtime = runtime;
		this.management = management;
	}

	@Override
	public boolean shows(AppUser user) {
		return user.can(Permission.ADMINISTER);
	}

	@Override
	public String fragment() {
		return "admin";
	}

	@Override
	public Figures figures(AppUser user) {
		long waiting = users.countWaiting();
		return new Figures(waiting, organisations.count(OrganisationStatus.PENDING),
				organisations.count(OrganisationStatus.INFORMATION_REQUESTED), runtime.createIncidentQuery().count(),
				management.createJobQuery().withException().count(), user.can(Permission.READ_ENGINE));
	}
}
