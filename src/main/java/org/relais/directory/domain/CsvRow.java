package org.relais.directory.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of an imported CSV file.
 *
 * @param line the line of the file where the row starts, so an import report can point to it
 * @param values the raw cells by column name, in the order of the file's header
 */
public record CsvRow(long line, Map<String, String> values) {
    public CsvRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
