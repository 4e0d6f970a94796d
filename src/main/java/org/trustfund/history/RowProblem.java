package org.trustfund.history;

import java.util.List;

/**
 * One thing wrong with a history file, shown in the preview in the reader's language.
 * @param file the uploaded file's name
 * @param row the row's number as a spreadsheet shows it (header = 1), or 0 for the file as a whole
 * @param column the column at fault, or {@code null} for the whole row or file
 * @param messageKey key in the message bundles ({@code history.error.*})
 * @param arguments the message's arguments, e.g. the value given
 */
public record RowProblem(String file, long row, String column, String messageKey, List<Object> arguments) {
}
