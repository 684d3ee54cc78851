package org.relais.directory.web;

import java.util.List;
import java.util.Locale;
import org.relais.directory.application.ImportReport;
import org.relais.platform.i18n.Messages;

/**
 * An import's report as its reader gets it, from the JSON API and on the import page alike: the
 * counts per outcome, the columns the schema does not know, and each row with its errors in the
 * reader's language.
 */
public record ImportSummary(
        long created, long updated, long rejected, List<String> unknownColumns, List<Line> rows) {

    /** One row of the file; {@code id} is empty when the row had none. */
    public record Line(
            long line, String outcome, String id, String name, List<FieldMessage> errors) {
        /** Whether the row left a place in the directory, whose page can be linked. */
        public boolean stored() {
            return !ImportReport.Row.REJECTED.equals(outcome) && !id.isEmpty();
        }
    }

    /** One error of a row: the column at fault and the message. */
    public record FieldMessage(String field, String message) {}

    public static ImportSummary of(ImportReport report, Messages messages, Locale locale) {
        return new ImportSummary(
                report.count(ImportReport.Row.CREATED),
                report.count(ImportReport.Row.UPDATED),
                report.count(ImportReport.Row.REJECTED),
                report.unknownColumns(),
                report.rows().stream().map(row -> line(row, messages, locale)).toList());
    }

    private static Line line(ImportReport.Row row, Messages messages, Locale locale) {
        List<FieldMessage> errors =
                row.errors().stream()
                        .map(
                                e ->
                                        new FieldMessage(
                                                e.field(),
                                                messages.get(
                                                        locale, e.messageKey(), e.arguments())))
                        .toList();
        return new Line(
                row.line(),
                row.outcome(),
                row.id() == null ? "" : row.id(),
                row.name() == null ? "" : row.name(),
                errors);
    }
}
