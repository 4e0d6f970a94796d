package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import org.trustfund.ledger.DonorGroup;

/** Member States give by country; foundations, companies and individuals are private donors. */
@NamedInterface("api")
public enum DonorKind {
	MEMBER_STATE, FOUNDATION, COMPANY, INDIVIDUAL;

	public DonorGroup group() {
		return this == MEMBER_STATE ? DonorGroup.MEMBER_STATE : DonorGroup.PRIVATE;
	}

	public boolean isPrivate() {
		return this != MEMBER_STATE;
	}
}
