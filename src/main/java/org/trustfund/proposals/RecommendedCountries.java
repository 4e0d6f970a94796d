package org.trustfund.proposals;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Until grants are recorded (the Board and grants issues), a country counts as funded when a proposal
 * there was recommended for funding in a call already handed to the Board. Replace this bean when the
 * grants module knows the projects actually funded.
 */
@Component
class RecommendedCountries implements FundedCountries {

	private final Proposals proposals;

	RecommendedCountries(Proposals proposals) {
		this.proposals = proposals;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> countriesWithFundedProjects() {
		return new HashSet<>(proposals.countriesRecommendedForFunding());
	}
}
