package org.trustfund.ledger;

/**
 * Published inside the correcting transaction, so that the feature that owns the original movement (a
 * contribution, a grant payment) can follow it; a listener that throws undoes the correction.
 */
public record LedgerEntryCorrected(long entryId, long correctionEntryId, EntryType originalType,
		Long contributionId, String grantRef, String reason) {
}
