package org.trustfund.home;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.OrganisationStatus;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;
import org.trustfund.users.UserService;

/**
 * The administrator's section: users waiting (members of organisations not verified yet, who cannot act until
 * the secretariat verifies them), organisations to verify, and the engine's open incidents and failed jobs.
 */
@Component
@Order(50)
class AdminSection implements HomeSection {

	/** Organisations the secretariat still has to decide on. */
	static final Set<OrganisationStatus> TO_VERIFY = Set.of(OrganisationStatus.PENDING,
			OrganisationStatus.INFORMATION_REQUESTED);

	/**
	 * @param failedJobs jobs whose last run threw (with or without retries left)
	 * @param cockpit whether the user may open Camunda's Cockpit (where incidents and jobs are handled)
	 */
	record Figures(long usersWaiting, long organisationsToVerify, long incidents, long failedJobs,
			boolean cockpit) {
	}

	private final UserService users;
	private final OrganisationService organisations;
	private final RuntimeService runtime;
	private final ManagementService management;

	AdminSection(UserService users, OrganisationService organisations, RuntimeService runtime,
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
		List<Organisation> toVerify = organisations.all().stream().filter(o -> TO_VERIFY.contains(o.getStatus()))
			.toList();
		Set<Long> ids = toVerify.stream().map(Organisation::getId).collect(Collectors.toSet());
		long waiting = users.all().stream().filter(u -> u.getOrganisationId() != null && ids.contains(u.getOrganisationId()))
			.count();
		return new Figures(waiting, toVerify.size(), runtime.createIncidentQuery().count(),
				management.createJobQuery().withException().count(), user.can(Permission.READ_ENGINE));
	}
}
