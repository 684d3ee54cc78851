package org.relais.agenda.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.application.AccountService;
import org.relais.agenda.application.EventService.FeedEvent;
import org.relais.agenda.domain.AgendaFilter;
import org.relais.agenda.domain.AgendaRepository;
import org.relais.agenda.domain.FeedToken;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.notification.Subscription;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.notification.WatchLevel;
import org.relais.platform.security.Caller;
import org.relais.platform.security.SecretTokens;
import org.relais.platform.text.Tags;

/**
 * A member's own agenda: the places and tags they follow (kept as subscriptions {@value
 * #PLACE_SUBJECT} and {@value #TAG_SUBJECT}), and the secret address of a personal iCalendar feed
 * of the events of those places and tags and of the events they registered for. The secret is shown
 * once, when it is made; only its digest is kept, and a new one replaces the old.
 */
@ApplicationScoped
@Transactional
public class PersonalAgenda {
    public static final String PLACE_SUBJECT = "agenda.place";
    public static final String TAG_SUBJECT = "agenda.tag";

    @Inject AgendaRepository repository;
    @Inject Subscriptions subscriptions;
    @Inject EventService events;
    @Inject PlaceLink places;
    @Inject AccountService accounts;
    @Inject Clock clock;

    /** What a member follows, places by id (with their names) and tags, in alphabetical order. */
    public record Follows(Map<String, String> places, List<String> tags) {
        public boolean followsPlace(String placeId) {
            return places.containsKey(placeId);
        }

        public boolean followsTag(String tag) {
            return tags.contains(tag);
        }
    }

    /** What is followed: a place or a tag. */
    public enum Kind {
        PLACE,
        TAG
    }

    public Follows follows(long accountId) {
        Map<String, String> followedPlaces = new LinkedHashMap<>();
        List<String> tags = new java.util.ArrayList<>();
        for (Subscription s : subscriptions.of(accountId)) {
            if (s.level() != WatchLevel.WATCHING) {
                continue;
            }
            if (PLACE_SUBJECT.equals(s.subjectType())) {
                places.find(s.subjectKey()).ifPresent(p -> followedPlaces.put(p.id(), p.name()));
            } else if (TAG_SUBJECT.equals(s.subjectType())) {
                tags.add(s.subjectKey());
            }
        }
        return new Follows(followedPlaces, List.copyOf(tags));
    }

    /** Follows a place of the directory or a tag; following twice changes nothing. */
    public Follows follow(Caller caller, Kind kind, String key) {
        subscriptions.set(
                caller.accountId(), subject(kind), checked(kind, key), WatchLevel.WATCHING);
        return follows(caller.accountId());
    }

    public Follows unfollow(Caller caller, Kind kind, String key) {
        subscriptions.set(caller.accountId(), subject(kind), checked(kind, key), null);
        return follows(caller.accountId());
    }

    /** When the member's current feed address was made, if they have one. */
    public Optional<OffsetDateTime> feedSince(long accountId) {
        return repository.feedTokenOf(accountId).map(FeedToken::createdAt);
    }

    /** Makes a new secret for the member's feed, replacing the old one; returns it (shown once). */
    public String renewFeed(Caller caller) {
        String token = SecretTokens.generate();
        String digest = SecretTokens.digest(token);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<FeedToken> existing = repository.feedTokenOf(caller.accountId());
        if (existing.isPresent()) {
            existing.get().replace(digest, now);
        } else {
            repository.store(new FeedToken(caller.accountId(), digest, now));
        }
        return token;
    }

    /** Removes the member's feed address: it answers 404 from now on. */
    public void revokeFeed(Caller caller) {
        repository.feedTokenOf(caller.accountId()).ifPresent(repository::remove);
    }

    /**
     * The events of the feed with this secret: those of followed places and tags and those the
     * member registered for, still running after {@code since}; empty when the secret is unknown or
     * its member's account was deleted.
     */
    public Optional<List<FeedEvent>> feed(String token, OffsetDateTime since) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return repository
                .feedTokenByDigest(SecretTokens.digest(token))
                .filter(t -> accounts.findContact(t.accountId()).isPresent())
                .map(t -> eventsFor(t.accountId(), since));
    }

    private List<FeedEvent> eventsFor(long accountId, OffsetDateTime since) {
        Map<Long, FeedEvent> found = new LinkedHashMap<>();
        Follows follows = follows(accountId);
        for (String place : follows.places().keySet()) {
            add(found, events.feed(new AgendaFilter(place, null, null, false), since));
        }
        for (String tag : follows.tags()) {
            add(found, events.feed(new AgendaFilter(null, tag, null, false), since));
        }
        add(found, events.feedOf(repository.bookedEventIds(accountId)));
        return found.values().stream()
                .sorted(
                        Comparator.comparing((FeedEvent f) -> f.event().start())
                                .thenComparing(f -> f.event().id()))
                .toList();
    }

    private static void add(Map<Long, FeedEvent> found, List<FeedEvent> more) {
        more.forEach(f -> found.putIfAbsent(f.event().id(), f));
    }

    private static String subject(Kind kind) {
        return kind == Kind.PLACE ? PLACE_SUBJECT : TAG_SUBJECT;
    }

    private String checked(Kind kind, String key) {
        if (kind == null) {
            throw RuleViolation.of("type", "agenda.follow.type");
        }
        if (kind == Kind.TAG) {
            return Tags.normalize(key)
                    .orElseThrow(() -> RuleViolation.of("key", "agenda.query.tag"));
        }
        return places.find(key)
                .map(PlaceLink.LinkedPlace::id)
                .orElseThrow(() -> RuleViolation.of("key", "agenda.follow.place"));
    }
}
