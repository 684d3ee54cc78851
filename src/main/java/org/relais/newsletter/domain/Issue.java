package org.relais.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Objects;
import org.relais.platform.error.ConflictException;

/**
 * One monthly letter. The editor writes its title and editorial while it is a draft; the other
 * sections are composed from the platform. When sending starts, the issue takes the next number and
 * its sections are frozen ({@link #content()}, JSON), so that a send resumed after a crash, the
 * last recipients and the public archive all read the same letter.
 */
@Entity(name = "NewsletterIssue")
@Table(name = "newsletter_issue")
public class Issue {
    public static final int TITLE_MAX = 150;
    public static final int EDITORIAL_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issue_number")
    private Integer number;

    @Column(name = "issue_month", nullable = false, length = 7)
    private String month;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "editorial_source", nullable = false)
    private String editorialSource;

    @Column(name = "editorial_html", nullable = false)
    private String editorialHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStatus status;

    private String content;

    @Column(name = "editor_id")
    private Long editorId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "send_started_at")
    private OffsetDateTime sendStartedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version private long version;

    protected Issue() {}

    public Issue(YearMonth month, String title, OffsetDateTime now) {
        this.month = month.toString();
        this.title = Objects.requireNonNull(title);
        this.editorialSource = "";
        this.editorialHtml = "";
        this.status = IssueStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
    }

    public void write(String newTitle, String source, String html, Long editor) {
        requireDraft();
        title = Objects.requireNonNull(newTitle);
        editorialSource = Objects.requireNonNull(source);
        editorialHtml = Objects.requireNonNull(html);
        editorId = editor;
    }

    /** Starts sending: takes its number and freezes its sections. */
    public void startSending(int newNumber, String frozenContent, OffsetDateTime now) {
        requireDraft();
        number = newNumber;
        content = Objects.requireNonNull(frozenContent);
        status = IssueStatus.SENDING;
        sendStartedAt = now;
    }

    /** Every recipient has been dealt with (sent, given up or uncertain). */
    public void finish(OffsetDateTime now) {
        if (status == IssueStatus.SENDING) {
            status = IssueStatus.SENT;
            sentAt = now;
        }
    }

    private void requireDraft() {
        if (status != IssueStatus.DRAFT) {
            throw new ConflictException("newsletter.issue.not-draft");
        }
    }

    public Long id() {
        return id;
    }

    public Integer number() {
        return number;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public String title() {
        return title;
    }

    public String editorialSource() {
        return editorialSource;
    }

    public String editorialHtml() {
        return editorialHtml;
    }

    public IssueStatus status() {
        return status;
    }

    public String content() {
        return content;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime sendStartedAt() {
        return sendStartedAt;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }
}
