package org.relais.directory.application;

import java.util.List;
import org.relais.platform.error.FieldError;

/** What an import did, row by row: created, updated, or rejected with the reasons. */
public record ImportReport(
        List<Row> rows, List<String> unknownColumns, List<String> missingColumns) {
    /**
     * What happened to one row of the file ({@code line} counts the header as line 1); {@code name}
     * is the place's name as the row gives it, so that a reader finds the row again.
     */
    public record Row(long line, String outcome, String id, String name, List<FieldError> errors) {
        public static final String CREATED = "created";
        public static final String UPDATED = "updated";
        public static final String REJECTED = "rejected";
    }

    public long count(String outcome) {
        return rows.stream().filter(r -> r.outcome().equals(outcome)).count();
    }
}
