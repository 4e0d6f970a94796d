package org.trustfund.history;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * What a kind needs to know while writing: the import's record id (to mark what it creates as imported),
 * who imports and when. Every imported money event still gets its own value date from the row.
 * @param importId id of the import's record, the one listed on the imports page
 * @param importedBy username of the fund manager or administrator who confirmed the import
 * @param importedAt when the import was confirmed (UTC instant)
 */
@NamedInterface("spi")
public record HistoryImportContext(long importId, String importedBy, Instant importedAt) {
}
