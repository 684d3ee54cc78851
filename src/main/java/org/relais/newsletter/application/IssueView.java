package org.relais.newsletter.application;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.relais.newsletter.domain.Issue;

/** An issue as the editor, the archive and the API show it. */
public record IssueView(
        long id,
        Integer number,
        String month,
        String monthLabel,
        String title,
        String editorialSource,
        String editorialHtml,
        String status,
        OffsetDateTime sendStartedAt,
        OffsetDateTime sentAt) {
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    static IssueView of(Issue issue) {
        return new IssueView(
                issue.id(),
                issue.number(),
                issue.month().toString(),
                monthLabel(issue.month()),
                issue.title(),
                issue.editorialSource(),
                issue.editorialHtml(),
                issue.status().name().toLowerCase(Locale.ROOT),
                issue.sendStartedAt(),
                issue.sentAt());
    }

    static String monthLabel(YearMonth month) {
        return month.format(MONTH);
    }
}
