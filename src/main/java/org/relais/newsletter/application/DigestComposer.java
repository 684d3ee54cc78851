package org.relais.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relais.agenda.application.EventService;
import org.relais.agenda.application.OccurrenceView;
import org.relais.agenda.domain.AgendaFilter;
import org.relais.forum.application.ForumService;
import org.relais.forum.application.TopicSummary;
import org.relais.forum.domain.TopicSort;
import org.relais.library.application.KitService;
import org.relais.library.application.KitView;
import org.relais.library.domain.KitFilter;
import org.relais.newsletter.domain.DigestContent;
import org.relais.newsletter.domain.DigestItem;
import org.relais.platform.i18n.DateText;
import org.relais.platform.i18n.Messages;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.tags.TagRegistry;
import org.relais.qa.application.QaService;
import org.relais.qa.application.QuestionView;
import org.relais.qa.domain.QaRepository;

/**
 * Composes the platform's sections of the letter of a month, through the other capabilities'
 * services (read only): the events of the following month, the kits published during the month,
 * questions still waiting for an answer and the forum topics most replied to among those active
 * during the month. Readers' choices narrow it later ({@link DigestContent#forReader}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DigestComposer {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Candidates kept per section: readers' filters pick among them. */
    static final int CANDIDATES = 60;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM, HH'h'mm", Locale.FRENCH);

    @Inject EventService events;
    @Inject KitService kits;
    @Inject QaService qa;
    @Inject ForumService forum;
    @Inject Messages messages;

    public DigestContent compose(YearMonth month) {
        return new DigestContent(
                events(month.plusMonths(1)), kits(month), questions(), topics(month));
    }

    private List<DigestItem> events(YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(PARIS).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(PARIS).toOffsetDateTime();
        return events.occurrences(AgendaFilter.ALL, from, to).stream()
                .filter(o -> !o.cancelled())
                .limit(CANDIDATES * 4L)
                .map(DigestComposer::event)
                .toList();
    }

    private static DigestItem event(OccurrenceView o) {
        var e = o.event();
        String where =
                e.placeName() != null
                        ? e.placeName()
                        : e.onlineUrl() != null ? "En ligne" : e.address();
        String when = DateText.format(WHEN, o.localStart());
        return new DigestItem(
                e.title(),
                "/agenda/evenements/" + e.id(),
                where == null || where.isBlank() ? when : when + " — " + where,
                e.region(),
                e.tags());
    }

    private List<DigestItem> kits(YearMonth month) {
        return kits
                .list(KitFilter.none(), new PageRequest(1, CANDIDATES), Optional.empty())
                .items()
                .stream()
                .filter(k -> in(month, k.createdAt()))
                .map(DigestComposer::kit)
                .toList();
    }

    private static DigestItem kit(KitView k) {
        return new DigestItem(
                k.title(),
                "/bibliotheque/kits/" + k.id(),
                k.authorName() + (k.summary() == null ? "" : " — " + k.summary()),
                null,
                k.tags().stream().map(TagRegistry.TagLabel::slug).toList());
    }

    private List<DigestItem> questions() {
        return qa
                .list(QaRepository.Sort.UNANSWERED, null, new PageRequest(1, CANDIDATES))
                .items()
                .stream()
                .map(DigestComposer::question)
                .toList();
    }

    private static DigestItem question(QuestionView q) {
        return new DigestItem(q.title(), "/questions/" + q.id(), q.authorName(), null, q.tags());
    }

    private List<DigestItem> topics(YearMonth month) {
        return forum
                .topics(null, null, TopicSort.TOP, new PageRequest(1, CANDIDATES))
                .items()
                .stream()
                .filter(t -> in(month, t.lastPostedAt()))
                .sorted(Comparator.comparingInt(TopicSummary::replyCount).reversed())
                .map(this::topic)
                .toList();
    }

    DigestItem topic(TopicSummary t) {
        return new DigestItem(
                t.title(),
                "/forum/sujets/" + t.id(),
                messages.get(
                        Messages.FRENCH,
                        "newsletter.topic.detail",
                        t.categoryName(),
                        t.replyCount()),
                null,
                t.tags().stream().map(TagRegistry.TagLabel::slug).toList());
    }

    static boolean in(YearMonth month, OffsetDateTime when) {
        return when != null && YearMonth.from(when.atZoneSameInstant(PARIS)).equals(month);
    }
}
