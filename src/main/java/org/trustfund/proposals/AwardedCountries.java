package org.trustfund.proposals;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A country counts as funded when the Board awarded a grant to a project there (the proposal is AWARDED,
 * from a session or from the reserve list). Recommendations alone no longer count: only the Board funds.
 */
@Component
class AwardedCountries implements FundedCountries {

	private final Proposals proposals;

	AwardedCountries(Proposals proposals) {
		this.proposals = proposals;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> countriesWithFundedProjects() {
		return new HashSet<>(proposals.countriesWithAwardedProposals());
	}
}
