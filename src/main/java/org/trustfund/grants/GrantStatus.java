package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
/** Where a grant stands, from the agreement offered to the NGO to its closure. */
@NamedInterface("api")
public enum GrantStatus {
	/** The agreement waits for the NGO's acceptance. */
	OFFERED,
	/** Accepted: tranches are paid, reports fall due. */
	ACTIVE,
	/** The NGO declined the agreement; the commitment was released. */
	DECLINED,
	/** The NGO did not answer before the acceptance deadline; the commitment was released. */
	LAPSED,
	/** The final report was accepted; unspent commitment was released. */
	CLOSED;

	public boolean ended() {
		return this == DECLINED || this == LAPSED || this == CLOSED;
	}
}
