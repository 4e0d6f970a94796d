package org.trustfund.ledger;

import org.springframework.modulith.NamedInterface;

/**
 * Published inside the correcting transaction, so that the feature that owns the original movement (a
 * contribution, a grant payment) can follow it; a listener that throws undoes the correction.
 */
@NamedInterface("events")
public record LedgerEntryCorrected(long entryId, long correctionEntryId, EntryType originalType,
		Long contributionId, String grantRef, String reason) {
}
