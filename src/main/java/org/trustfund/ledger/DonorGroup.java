package org.trustfund.ledger;

/** Where paid-in money came from, as the fund reports it: Member States, or private donors. */
public enum DonorGroup {
	MEMBER_STATE, PRIVATE
}
