package org.trustfund.ledger;

/** What a ledger entry records, and the bucket it changes. */
public enum EntryType {
	CONTRIBUTION_RECEIVED(Bucket.PAID_IN),
	GRANT_COMMITTED(Bucket.COMMITTED),
	/** A commitment given back, e.g. a grant declined by the NGO: a negative change of committed. */
	COMMITMENT_RELEASED(Bucket.COMMITTED),
	DISBURSEMENT_PAID(Bucket.DISBURSED),
	REFUND_RECEIVED(Bucket.REFUNDED),
	/** The operating reserve set to a new level: the entry holds the change. */
	OPERATING_RESERVE_SET(Bucket.RESERVE),
	/** The reversal of one earlier entry: same bucket, opposite amount. */
	CORRECTION(null);

	private final Bucket bucket;

	EntryType(Bucket bucket) {
		this.bucket = bucket;
	}

	/** The bucket this type always changes; {@code null} for corrections, which take the original's. */
	public Bucket bucket() {
		return bucket;
	}
}
