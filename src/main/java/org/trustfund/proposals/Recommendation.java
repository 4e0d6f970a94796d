package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
/** The secretariat's recommendation to the Board for one proposal. */
@NamedInterface("api")
public enum Recommendation {
	FUND, RESERVE, REJECT
}
