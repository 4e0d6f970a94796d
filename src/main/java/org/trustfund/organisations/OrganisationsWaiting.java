package org.trustfund.organisations;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.users.WaitingOrganisations;

/** Organisations the secretariat has not verified yet: signed up (pending) or asked for more information. */
@Component
class OrganisationsWaiting implements WaitingOrganisations {

	/** The statuses of an organisation whose members wait for its verification. */
	static final Set<OrganisationStatus> WAITING = Set.of(OrganisationStatus.PENDING,
			OrganisationStatus.INFORMATION_REQUESTED);

	private final Organisations organisations;

	OrganisationsWaiting(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> awaitingVerification() {
		return organisations.findAll().stream().filter(o -> WAITING.contains(o.getStatus())).map(Organisation::getId)
			.collect(Collectors.toSet());
	}
}
