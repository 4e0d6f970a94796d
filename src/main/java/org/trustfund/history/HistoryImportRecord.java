package org.trustfund.history;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * One completed import, as listed on the imports page and by the API.
 * @param id the record's id
 * @param kind the kind's name, e.g. {@code donors}
 * @param fileName the uploaded file's name
 * @param sha256 the file's SHA-256, in hexadecimal
 * @param rows the file's data rows
 * @param written rows recorded by this import
 * @param alreadyImported rows skipped because their reference had been imported before
 * @param importedBy username of who confirmed the import
 * @param importedAt when (UTC instant)
 */
@NamedInterface("api")
public record HistoryImportRecord(long id, String kind, String fileName, String sha256, long rows, long written,
		long alreadyImported, String importedBy, Instant importedAt) {
}
