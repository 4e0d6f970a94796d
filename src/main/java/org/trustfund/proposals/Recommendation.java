package org.trustfund.proposals;

/** The secretariat's recommendation to the Board for one proposal. */
public enum Recommendation {
	FUND, RESERVE, REJECT
}
