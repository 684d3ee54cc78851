package org.relais.agenda.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.relais.accounts.application.AccountService;
import org.relais.agenda.application.PlaceLink.LinkedPlace;
import org.relais.agenda.domain.AgendaFilter;
import org.relais.agenda.domain.AgendaRepository;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventDetails;
import org.relais.agenda.domain.EventStatus;
import org.relais.agenda.domain.Occurrence;
import org.relais.agenda.domain.Publication;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.security.Caller;
import org.relais.platform.validation.Revision;

/**
 * The agenda's use cases. A place's animators (members the directory confirms at the place) and the
 * moderators publish directly; any other member proposes, and the event stays private until an
 * animator of its place or a moderator confirms it. Pages, the API and the feeds all come here.
 */
@ApplicationScoped
@Transactional
public class EventService {
    public static final String SEARCH_TYPE = "event";

    /** How far ahead a feed looks for events that start later. */
    static final int FEED_YEARS = 3;

    @Inject AgendaRepository repository;
    @Inject PlaceLink places;
    @Inject AccountService accounts;
    @Inject MarkdownRenderer markdown;
    @Inject SearchOutbox outbox;
    @Inject RegistrationService registrations;
    @Inject Clock clock;

    /** Seats of the built-in registration, at most. */
    public static final int CAPACITY_MAX = 10_000;

    public EventView publish(Caller caller, EventDraft draft) {
        Optional<LinkedPlace> place = places.find(draft.placeId());
        EventDetails details = EventRules.check(draft, place, markdown::render);
        Publication publication =
                mayPublishAt(caller, place) ? Publication.PUBLISHED : Publication.PENDING;
        Event event =
                new Event(
                        UUID.randomUUID() + "@relais",
                        caller.accountId(),
                        details,
                        publication,
                        now());
        repository.store(event);
        if (event.isPublished()) {
            outbox.changed(SEARCH_TYPE, event.id());
        }
        return view(event);
    }

    /**
     * Rewrites the event; {@code status} (may be null) changes it too. Each change the public sees
     * raises the SEQUENCE. {@code seenRevision} is the {@link EventView#revision()} the editor
     * started from: if the event changed since, the edit is an {@link
     * org.relais.platform.error.EditConflict} (none given: it overwrites).
     */
    public EventView edit(
            Caller caller, long id, EventDraft draft, EventStatus status, String seenRevision) {
        Event event = editable(caller, id);
        Revision.check(seenRevision, EventView.of(event, null).revision());
        OffsetDateTime start = event.startsAt();
        OffsetDateTime end = event.endsAt();
        EventStatus before = event.status();
        if (draft != null) {
            Optional<LinkedPlace> place = places.find(draft.placeId());
            event.revise(EventRules.check(draft, place, markdown::render), now());
        }
        if (status != null) {
            event.changeStatus(status, now());
        }
        boolean statusChanged = event.status() != before && event.status() != EventStatus.SCHEDULED;
        if (event.isPublished()
                && (statusChanged
                        || !event.startsAt().isEqual(start)
                        || !event.endsAt().isEqual(end))) {
            registrations.announce(event, Optional.empty());
        }
        if (event.isPublished()) {
            outbox.changed(SEARCH_TYPE, event.id());
        }
        return view(event);
    }

    /**
     * Opens the built-in registration with this many seats, changes them (a larger capacity gives
     * seats to those waiting) or closes it (null: those registered stay registered).
     */
    public void limitSeats(Caller caller, long id, Integer capacity) {
        checkCapacity(capacity);
        Event event = editable(caller, id);
        event.limitSeats(capacity == null || capacity == 0 ? null : capacity);
        registrations.fill(event);
    }

    /** A capacity as sent: null (unchanged), 0 (no registration) or 1 to the maximum. */
    public static void checkCapacity(Integer capacity) {
        if (capacity != null && (capacity < 0 || capacity > CAPACITY_MAX)) {
            throw RuleViolation.of("capacity", "agenda.event.capacity", CAPACITY_MAX);
        }
    }

    /** Cancels one occurrence of a recurring event, or moves it when {@code start} is given. */
    public EventView changeOccurrence(
            Caller caller, long id, String original, String start, String end) {
        Event event = editable(caller, id);
        EventRules.When originalStart = EventRules.when(original, false, false);
        EventRules.When newStart = EventRules.when(start, false, false);
        EventRules.When newEnd = EventRules.when(end, false, true);
        if (originalStart == null) {
            throw RuleViolation.of("occurrence", "agenda.occurrence.unknown");
        }
        if (start != null
                && !start.isBlank()
                && (newStart == null || newEnd == null || !newEnd.at().isAfter(newStart.at()))) {
            throw RuleViolation.of("start", "agenda.occurrence.moved-times");
        }
        boolean changed =
                event.changeOccurrence(
                        originalStart.at(),
                        newStart == null ? null : newStart.at(),
                        newEnd == null ? null : newEnd.at(),
                        now());
        if (!changed) {
            throw RuleViolation.of("occurrence", "agenda.occurrence.unknown");
        }
        registrations.announce(event, Optional.of(originalStart.at()));
        return view(event);
    }

    public void delete(Caller caller, long id) {
        Event event = editable(caller, id);
        outbox.removed(SEARCH_TYPE, event.id());
        repository.remove(event);
    }

    /** An animator of the event's place or a moderator makes a proposed event public. */
    public EventView confirm(Caller caller, long id) {
        Event event = repository.get(id);
        if (!mayConfirm(caller, event)) {
            if (!event.isPublished() && !event.isOrganiser(caller.accountId())) {
                throw new NotFoundException("agenda.event.not-found");
            }
            throw new AccessDeniedException("agenda.event.not-confirmer");
        }
        if (event.isPublished()) {
            throw new ConflictException("agenda.event.already-published");
        }
        event.confirm(now());
        outbox.changed(SEARCH_TYPE, event.id());
        return view(event);
    }

    /** A published event, or a pending one to those who may see it (organiser, confirmers). */
    public EventView get(Optional<Caller> caller, long id) {
        Event event = repository.get(id);
        boolean mayPreview =
                caller.map(c -> event.isOrganiser(c.accountId()) || mayConfirm(c, event))
                        .orElse(false);
        if (!event.isPublished() && !mayPreview) {
            throw new NotFoundException("agenda.event.not-found");
        }
        return view(event);
    }

    public boolean mayEdit(Optional<Caller> caller, EventView event) {
        return caller.map(c -> mayEdit(c, repository.get(event.id()))).orElse(false);
    }

    /**
     * Tags shown without an event (followed, filtered on) as {@code PageRenderer.TagLabels.typed}
     * reads them: each slug, in order, with the words typed for it on a published event, or itself.
     */
    public Map<String, String> typedTags(Collection<String> slugs) {
        Map<String, String> typed = repository.typedTags(slugs);
        Map<String, String> words = new LinkedHashMap<>();
        slugs.forEach(slug -> words.put(slug, typed.getOrDefault(slug, slug)));
        return words;
    }

    /**
     * The occurrences of published events between {@code from} and {@code to} that the filter
     * keeps, in time order.
     */
    public List<OccurrenceView> occurrences(
            AgendaFilter filter, OffsetDateTime from, OffsetDateTime to) {
        ZonedDateTime zFrom = from.atZoneSameInstant(Event.ZONE);
        ZonedDateTime zTo = to.atZoneSameInstant(Event.ZONE);
        List<Event> events = repository.published(filter, from, to);
        Map<Long, String> names = names(events);
        List<OccurrenceView> result = new ArrayList<>();
        for (Event event : events) {
            EventView view = EventView.of(event, names.get(event.organiserId()));
            for (Occurrence o : event.occurrences(zFrom, zTo)) {
                result.add(
                        new OccurrenceView(
                                view,
                                o.start().toOffsetDateTime(),
                                o.end().toOffsetDateTime(),
                                o.moved(),
                                o.cancelled(),
                                o.originalStart().toOffsetDateTime()));
            }
        }
        result.sort(
                java.util.Comparator.comparing(OccurrenceView::start)
                        .thenComparing(o -> o.event().id()));
        return result;
    }

    /** Published events for a feed: those still running after {@code since}, with their changes. */
    public List<FeedEvent> feed(AgendaFilter filter, OffsetDateTime since) {
        return feedEvents(repository.published(filter, since, since.plusYears(FEED_YEARS)));
    }

    /** One published event as a feed shows it ("add to my calendar"). */
    public FeedEvent feedEvent(long id) {
        Event event = repository.get(id);
        if (!event.isPublished()) {
            throw new NotFoundException("agenda.event.not-found");
        }
        return new FeedEvent(view(event), event.changes());
    }

    /** The published ones of these events, as a feed shows them (a member's registrations). */
    public List<FeedEvent> feedOf(Collection<Long> ids) {
        List<Event> events =
                ids.stream()
                        .map(repository::find)
                        .flatMap(Optional::stream)
                        .filter(Event::isPublished)
                        .toList();
        return feedEvents(events);
    }

    private List<FeedEvent> feedEvents(List<Event> events) {
        Map<Long, String> names = names(events);
        return events.stream()
                .map(e -> new FeedEvent(EventView.of(e, names.get(e.organiserId())), e.changes()))
                .toList();
    }

    /** The newest published events, for the Atom feed. */
    public List<EventView> newest(int limit) {
        List<Event> events = repository.newest(limit);
        Map<Long, String> names = names(events);
        return events.stream().map(e -> EventView.of(e, names.get(e.organiserId()))).toList();
    }

    /** The proposals this member may confirm: all for a moderator, else their places'. */
    public List<EventView> pendingFor(Caller caller) {
        List<Event> events =
                repository.pending(
                        isModerator(caller) ? null : places.placesAnimatedBy(caller.accountId()));
        Map<Long, String> names = names(events);
        return events.stream().map(e -> EventView.of(e, names.get(e.organiserId()))).toList();
    }

    public record FeedEvent(
            EventView event, List<org.relais.agenda.domain.OccurrenceChange> changes) {}

    Event editable(Caller caller, long id) {
        Event event = repository.get(id);
        if (!mayEdit(caller, event)) {
            if (!event.isPublished() && !mayConfirm(caller, event)) {
                throw new NotFoundException("agenda.event.not-found");
            }
            throw new AccessDeniedException("agenda.event.not-editor");
        }
        return event;
    }

    private boolean mayEdit(Caller caller, Event event) {
        return event.isOrganiser(caller.accountId()) || mayConfirm(caller, event);
    }

    private boolean mayConfirm(Caller caller, Event event) {
        return isModerator(caller)
                || places.find(event.placeId())
                        .map(p -> p.animators().contains(caller.accountId()))
                        .orElse(false);
    }

    private static boolean mayPublishAt(Caller caller, Optional<LinkedPlace> place) {
        return isModerator(caller)
                || place.map(p -> p.animators().contains(caller.accountId())).orElse(false);
    }

    static boolean isModerator(Caller caller) {
        return caller.hasRole(Caller.MODERATOR) || caller.hasRole(Caller.ADMIN);
    }

    EventView view(Event event) {
        return EventView.of(event, names(List.of(event)).get(event.organiserId()));
    }

    private Map<Long, String> names(Collection<Event> events) {
        Set<Long> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.organiserId()));
        return ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
