package org.trustfund.organisations;

import org.springframework.modulith.NamedInterface;

/** Where an organisation stands in its verification by the secretariat. */
@NamedInterface("api")
public enum OrganisationStatus {
	/** Signed up; waits for the fund manager's verification. */
	PENDING,
	/** The fund manager asked the NGO for more information. */
	INFORMATION_REQUESTED,
	/** Checked by the secretariat: its members can act for it. */
	VERIFIED,
	REJECTED
}
