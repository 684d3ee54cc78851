package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.relais.accounts.application.AccountService;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitRating;
import org.relais.library.domain.KitReport;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.ReportReason;
import org.relais.library.domain.ReportStatus;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;

/**
 * What members say about kits: ratings (1 to 4, one per member, changeable; not on one's own kit)
 * and reports. A report of a rights problem alerts the moderators and unpublishes the kit at once,
 * pending their review: a kit that may infringe someone's rights should not stay downloadable while
 * they look; a moderator who dismisses the report publishes it again. Other reasons reach the
 * moderators in their daily digest and leave the kit online.
 */
@ApplicationScoped
@Transactional
public class KitFeedback {
    public static final String REPORT_KIND = "library.report";
    public static final String RIGHTS_KIND = "library.report.rights";
    public static final int REVIEW_LIST_MAX = 200;

    @Inject KitRepository repository;
    @Inject KitService kits;
    @Inject Notifications notifications;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;
    @Inject AccountService accounts;

    /** Rates a kit; a second rating by the same member replaces the first. */
    public KitView rate(Caller caller, long kitId, int stars) {
        Kit kit = published(kitId);
        if (kit.isAuthor(caller.accountId())) {
            throw RuleViolation.of("stars", "library.rating.own");
        }
        if (stars < KitRating.MIN || stars > KitRating.MAX) {
            throw RuleViolation.of("stars", "library.rating.invalid");
        }
        Optional<KitRating> existing = repository.findRating(kitId, caller.accountId());
        if (existing.isPresent()) {
            int old = existing.get().stars();
            existing.get().change(stars, now());
            kit.rated(old, stars);
        } else {
            repository.store(new KitRating(kitId, caller.accountId(), stars, now()));
            kit.rated(0, stars);
        }
        return kits.get(kitId, Optional.of(caller));
    }

    public record ReportResult(long reportId, boolean unpublished) {}

    public ReportResult report(Caller caller, long kitId, String reason, String comment) {
        Kit kit = published(kitId);
        ReportReason why = reason(reason);
        String note = comment == null ? "" : comment.strip();
        if (note.length() > KitReport.COMMENT_MAX) {
            throw RuleViolation.of(
                    "comment", "library.report.comment.too-long", KitReport.COMMENT_MAX);
        }
        KitReport report = new KitReport(kitId, caller.accountId(), why, note, now());
        repository.store(report);
        boolean rights = why == ReportReason.RIGHTS;
        if (rights) {
            kit.unpublish(now());
            outbox.changed(KitService.KIT_TYPE, kitId);
        }
        for (long moderator : repository.moderatorIds()) {
            notifications.send(
                    new Notice(
                            moderator,
                            rights ? RIGHTS_KIND : REPORT_KIND,
                            caller.accountId(),
                            kit.title(),
                            "/moderation/bibliotheque",
                            note));
        }
        return new ReportResult(report.id(), rights);
    }

    /** A page of reports of a status (all when null), for moderators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportPage reports(Caller caller, ReportStatus status, PageRequest paging) {
        requireModerator(caller);
        List<KitReport> reports = repository.reports(status, paging.offset(), paging.size());
        Map<Long, String> authors =
                accounts.displayNames(
                        reports.stream().map(KitReport::memberId).collect(Collectors.toSet()));
        return new ReportPage(
                reports.stream().map(r -> view(r, authors)).toList(),
                repository.countReports(status));
    }

    /** Open reports, oldest first, for the moderators' page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportView> openReports(Caller caller) {
        return reports(caller, ReportStatus.OPEN, new PageRequest(1, REVIEW_LIST_MAX)).items();
    }

    public record ReportPage(List<ReportView> items, long total) {}

    /** A report as moderators see it: the kit, why, who reported it and when, where it stands. */
    public record ReportView(
            long id,
            long kitId,
            String kitTitle,
            ReportReason reason,
            String comment,
            OffsetDateTime createdAt,
            long authorId,
            String authorName,
            ReportStatus status,
            OffsetDateTime reviewedAt) {}

    private ReportView view(KitReport r, Map<Long, String> authors) {
        return new ReportView(
                r.id(),
                r.kitId(),
                repository.findKit(r.kitId()).map(Kit::title).orElse(""),
                r.reason(),
                r.comment(),
                r.createdAt(),
                r.memberId(),
                authors.getOrDefault(r.memberId(), ""),
                r.status(),
                r.reviewedAt());
    }

    /**
     * A moderator upholds or dismisses a report. Dismissing the last open rights report of a kit
     * unpublished because of it publishes the kit again.
     */
    public ReportView review(Caller caller, long reportId, boolean upheld) {
        requireModerator(caller);
        KitReport report =
                repository
                        .findReport(reportId)
                        .orElseThrow(() -> new NotFoundException("library.report.not-found"));
        if (report.status() != ReportStatus.OPEN) {
            throw new ConflictException("library.report.reviewed");
        }
        report.review(upheld, caller.accountId(), now());
        Kit kit = repository.getKit(report.kitId());
        if (!upheld
                && report.reason() == ReportReason.RIGHTS
                && !repository.hasOpenReport(kit.id(), ReportReason.RIGHTS)
                && !kit.isPublished()) {
            kit.republish(now());
            outbox.changed(KitService.KIT_TYPE, kit.id());
        }
        return view(report, accounts.displayNames(Set.of(report.memberId())));
    }

    /** A moderator publishes an unpublished kit again, or withdraws a published one. */
    public KitView setPublished(Caller caller, long kitId, boolean published) {
        requireModerator(caller);
        Kit kit = repository.getKit(kitId);
        if (published) {
            kit.republish(now());
        } else {
            kit.unpublish(now());
        }
        outbox.changed(KitService.KIT_TYPE, kitId);
        return kits.get(kitId, Optional.of(caller));
    }

    private Kit published(long kitId) {
        Kit kit = repository.getKit(kitId);
        if (!kit.isPublished()) {
            throw new NotFoundException("library.kit.not-found");
        }
        return kit;
    }

    private static ReportReason reason(String reason) {
        try {
            return ReportReason.valueOf(
                    reason == null ? "" : reason.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("reason", "library.report.reason.invalid");
        }
    }

    private static void requireModerator(Caller caller) {
        if (!KitViews.isModerator(caller)) {
            throw new AccessDeniedException("library.moderation.forbidden");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
