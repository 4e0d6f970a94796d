package org.trustfund.ledger;

import org.springframework.modulith.NamedInterface;

/** Where paid-in money came from, as the fund reports it: Member States, or private donors. */
@NamedInterface("api")
public enum DonorGroup {
	MEMBER_STATE, PRIVATE
}
