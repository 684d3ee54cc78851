package org.relais.directory.domain;

import java.util.List;

/**
 * A CSV file read against the schema. Unknown and missing columns are reported rather than refused,
 * so an import can tell the person which columns to rename before any row is looked at.
 *
 * @param header the column names, in the file's order
 * @param unknownColumns the columns of the file that the schema does not define
 * @param missingRequiredColumns the required columns of the schema that the file lacks
 */
public record CsvTable(
        List<String> header,
        List<CsvRow> rows,
        List<String> unknownColumns,
        List<String> missingRequiredColumns) {
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        unknownColumns = List.copyOf(unknownColumns);
        missingRequiredColumns = List.copyOf(missingRequiredColumns);
    }
}
