package org.relais.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.newsletter.domain.DigestContent;
import org.relais.newsletter.domain.Issue;
import org.relais.newsletter.domain.IssueStatus;
import org.relais.newsletter.domain.NewsletterRepository;
import org.relais.newsletter.domain.Topic;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;

/**
 * The editor's side of the letter: the draft of the next issue (its sections composed from the
 * platform, its editorial written by hand), a preview, a test copy to oneself, then the send, which
 * a background job carries out ({@link NewsletterSender}); and the public archive.
 */
@ApplicationScoped
@Transactional
public class IssueService {
    public static final String SEARCH_TYPE = "newsletter.issue";

    @Inject NewsletterRepository repository;
    @Inject DigestComposer composer;
    @Inject NewsletterMails mails;
    @Inject MarkdownRenderer markdown;
    @Inject AccountService accounts;
    @Inject Event<MailMessage> mailbox;
    @Inject Clock clock;

    public static boolean isEditor(Caller caller) {
        return caller.hasRole(Caller.EDITOR) || caller.hasRole(Caller.ADMIN);
    }

    /** The next issue's draft, created on first use for the current month. */
    public IssueView draft(Caller editor) {
        requireEditor(editor);
        return IssueView.of(currentDraft());
    }

    public IssueView write(Caller editor, String title, String editorial) {
        requireEditor(editor);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw RuleViolation.of("title", "newsletter.issue.title.required");
        }
        if (cleanTitle.length() > Issue.TITLE_MAX) {
            throw RuleViolation.of("title", "newsletter.issue.title.size", Issue.TITLE_MAX);
        }
        String source = editorial == null ? "" : editorial.strip();
        if (source.length() > Issue.EDITORIAL_MAX) {
            throw RuleViolation.of(
                    "editorial", "newsletter.issue.editorial.size", Issue.EDITORIAL_MAX);
        }
        Issue draft = currentDraft();
        draft.write(cleanTitle, source, markdown.render(source).html(), editor.accountId());
        return IssueView.of(draft);
    }

    /** The sections the draft would carry if it were sent now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DigestContent composed(Caller editor) {
        requireEditor(editor);
        return composer.compose(currentMonth());
    }

    /** The draft's HTML mail as a reader of every topic and region would receive it. */
    public String preview(Caller editor) {
        IssueView draft = draft(editor);
        return mails.general(
                        draft,
                        composer.compose(YearMonth.parse(draft.month())),
                        "apercu@relais.local")
                .html();
    }

    /** A copy of the draft to the editor's own address. */
    public void sendTest(Caller editor) {
        IssueView draft = draft(editor);
        String to = accounts.ownAccount(editor.accountId()).email();
        mailbox.fire(
                mails.letter(
                        draft,
                        composer.compose(YearMonth.parse(draft.month())),
                        to,
                        null,
                        Set.of(Topic.values()),
                        null,
                        Set.of()));
    }

    /**
     * Starts sending the draft: it takes the next number, its sections are frozen, and one delivery
     * row per confirmed subscriber is written, all in this transaction. Only one issue is sent at a
     * time.
     */
    public IssueView send(Caller editor, long issueId) {
        requireEditor(editor);
        Issue issue =
                repository
                        .findIssue(issueId)
                        .orElseThrow(() -> new NotFoundException("newsletter.issue.unknown"));
        if (issue.status() != IssueStatus.DRAFT) {
            throw new ConflictException("newsletter.issue.not-draft");
        }
        if (!repository.sending().isEmpty()) {
            throw new ConflictException("newsletter.issue.already-sending");
        }
        issue.startSending(
                repository.nextNumber(),
                NewsletterMails.toJson(composer.compose(issue.month())),
                now());
        repository.store(issue);
        repository.createDeliveries(issue.id());
        return IssueView.of(issue);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SendProgress progress(Caller editor, long issueId) {
        requireEditor(editor);
        Issue issue =
                repository
                        .findIssue(issueId)
                        .orElseThrow(() -> new NotFoundException("newsletter.issue.unknown"));
        return SendProgress.of(IssueView.of(issue), repository.deliveryCounts(issueId));
    }

    /** The issue being sent, if any, for the editor's page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IssueView> sending() {
        return repository.sending().stream().map(IssueView::of).toList();
    }

    public record ArchivePage(List<IssueView> items, long total) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArchivePage archive(PageRequest paging) {
        return new ArchivePage(
                repository.archive(paging.offset(), paging.size()).stream()
                        .map(IssueView::of)
                        .toList(),
                repository.countArchive());
    }

    /** A sent issue as the public archive shows it: the letter of every topic and region. */
    public record ArchivedIssue(IssueView issue, DigestContent content) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArchivedIssue archived(int number) {
        Issue issue =
                repository
                        .findByNumber(number)
                        .filter(i -> i.status() == IssueStatus.SENT)
                        .orElseThrow(() -> new NotFoundException("newsletter.issue.unknown"));
        return new ArchivedIssue(
                IssueView.of(issue), NewsletterMails.fromJson(issue.content()).general());
    }

    private Issue currentDraft() {
        return repository
                .findDraft()
                .orElseGet(
                        () -> {
                            YearMonth month = currentMonth();
                            Issue issue =
                                    new Issue(
                                            month,
                                            "Lettre de " + IssueView.monthLabel(month),
                                            now());
                            repository.store(issue);
                            return issue;
                        });
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(DigestComposer.PARIS));
    }

    private static void requireEditor(Caller caller) {
        if (!isEditor(caller)) {
            throw new AccessDeniedException("newsletter.editor.only");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
