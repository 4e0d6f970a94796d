package org.trustfund.proposals;

import java.util.Set;

/** Countries that already have a funded project: the ranking prefers the others on a tie. */
public interface FundedCountries {

	Set<String> countriesWithFundedProjects();
}
