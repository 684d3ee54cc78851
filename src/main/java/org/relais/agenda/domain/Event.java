package org.relais.agenda.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relais.platform.text.Tags;

/**
 * An event of the agenda, maybe repeating. Its {@code uid} never changes and its {@code sequence}
 * grows with every change the public sees, so that calendar clients following a feed update the
 * event they already hold instead of adding a second one (RFC 5545 §3.8.7.4).
 */
@Entity
@Table(name = "agenda_event")
public class Event {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int ADDRESS_MAX = 300;
    public static final int URL_MAX = 500;
    public static final int AUDIENCE_MAX = 200;
    public static final int ACCESSIBILITY_MAX = 1000;
    public static final int PRICE_MAX = 100;
    public static final int TAGS_MAX = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100, updatable = false)
    private String uid;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "description_source", nullable = false)
    private String descriptionSource;

    @Column(name = "description_html", nullable = false)
    private String descriptionHtml;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    @Column(name = "place_id", length = 64)
    private String placeId;

    @Column(name = "place_name", length = 300)
    private String placeName;

    @Column(length = 10)
    private String region;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(name = "online_url", length = URL_MAX)
    private String onlineUrl;

    @Column(name = "organiser_id", nullable = false, updatable = false)
    private long organiserId;

    @Column(length = AUDIENCE_MAX)
    private String audience;

    @Column(length = ACCESSIBILITY_MAX)
    private String accessibility;

    @Column(length = PRICE_MAX)
    private String price;

    @Column(name = "registration_url", length = URL_MAX)
    private String registrationUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EventStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Publication publication;

    @Column(length = 200)
    private String recurrence;

    @Column(name = "last_ends_at")
    private OffsetDateTime lastEndsAt;

    @Column(nullable = false)
    private int sequence;

    /** Seats of the built-in registration; null when there is none (or a registration link). */
    private Integer capacity;

    @Column(name = "image_sha256", length = 64)
    private String imageSha256;

    @Column(name = "image_type", length = 100)
    private String imageType;

    @Column(name = "image_alt", length = EventImage.ALT_MAX)
    private String imageAlt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Tags by slug (what filters and feeds use), each with the words the organiser typed. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_event_tag", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "tag", length = Tags.TAG_MAX)
    @Column(name = "label", length = Tags.LABEL_MAX)
    private Map<String, String> tags = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_exception", joinColumns = @JoinColumn(name = "event_id"))
    private List<OccurrenceChange> changes = new ArrayList<>();

    @Version private long version;

    protected Event() {}

    public Event(
            String uid,
            long organiserId,
            EventDetails details,
            Publication publication,
            OffsetDateTime now) {
        this.uid = Objects.requireNonNull(uid);
        this.organiserId = organiserId;
        this.publication = Objects.requireNonNull(publication);
        this.status = EventStatus.SCHEDULED;
        this.createdAt = Objects.requireNonNull(now);
        apply(details);
        this.updatedAt = now;
    }

    /** The organiser or a place animator rewrites the event: one more SEQUENCE. */
    public void revise(EventDetails details, OffsetDateTime now) {
        apply(details);
        if (!recurring()) {
            changes.clear();
        }
        touched(now);
    }

    public void changeStatus(EventStatus newStatus, OffsetDateTime now) {
        if (status != Objects.requireNonNull(newStatus)) {
            status = newStatus;
            touched(now);
        }
    }

    /**
     * Shows this image with the event, replacing the one it had; null removes it. Feeds carry the
     * image, so a change is one more SEQUENCE.
     */
    public void illustrate(EventImage image, OffsetDateTime now) {
        if (Objects.equals(image().orElse(null), image)) {
            return;
        }
        imageSha256 = image == null ? null : image.sha256();
        imageType = image == null ? null : image.mediaType();
        imageAlt = image == null ? null : image.alt();
        touched(now);
    }

    public Optional<EventImage> image() {
        return imageSha256 == null
                ? Optional.empty()
                : Optional.of(new EventImage(imageSha256, imageType, imageAlt));
    }

    public void confirm(OffsetDateTime now) {
        publication = Publication.PUBLISHED;
        updatedAt = now;
    }

    /**
     * Cancels one occurrence of the series, or moves it ({@code movedStart} non-null). The
     * occurrence must exist; a second change of the same occurrence replaces the first.
     */
    public boolean changeOccurrence(
            OffsetDateTime originalStart,
            OffsetDateTime movedStart,
            OffsetDateTime movedEnd,
            OffsetDateTime now) {
        ZonedDateTime original = originalStart.atZoneSameInstant(ZONE);
        boolean exists =
                recurring()
                        && schedule().starts(start(), original, original.plusMinutes(1)).stream()
                                .anyMatch(s -> s.toInstant().equals(original.toInstant()));
        if (!exists) {
            return false;
        }
        changes.removeIf(c -> c.concerns(originalStart));
        changes.add(
                movedStart == null
                        ? OccurrenceChange.cancelled(originalStart)
                        : OccurrenceChange.moved(originalStart, movedStart, movedEnd));
        touched(now);
        return true;
    }

    /**
     * The occurrences that overlap {@code from}–{@code to}, in order, with their exceptions applied
     * (a cancelled one is kept, marked, so that lists can say it is off).
     */
    public List<Occurrence> occurrences(ZonedDateTime from, ZonedDateTime to) {
        java.time.Duration length = java.time.Duration.between(startsAt, endsAt);
        boolean off = status == EventStatus.CANCELLED;
        List<Occurrence> result = new ArrayList<>();
        if (!recurring()) {
            ZonedDateTime start = start();
            ZonedDateTime end = endsAt.atZoneSameInstant(ZONE);
            if (end.isAfter(from) && start.isBefore(to)) {
                result.add(new Occurrence(start, end, start, false, off));
            }
            return result;
        }
        // widened by the length so that an occurrence begun before "from" but still running counts
        for (ZonedDateTime start : schedule().starts(start(), from.minus(length), to)) {
            Optional<OccurrenceChange> change =
                    changes.stream().filter(c -> c.concerns(start.toOffsetDateTime())).findFirst();
            if (change.isPresent() && !change.get().isCancelled()) {
                continue; // listed from its new time below
            }
            ZonedDateTime end = start.plus(length);
            if (end.isAfter(from)) {
                result.add(new Occurrence(start, end, start, false, off || change.isPresent()));
            }
        }
        for (OccurrenceChange change : changes) {
            if (change.isCancelled()) {
                continue;
            }
            ZonedDateTime start = change.movedStart().atZoneSameInstant(ZONE);
            ZonedDateTime end = change.movedEnd().atZoneSameInstant(ZONE);
            if (end.isAfter(from) && start.isBefore(to)) {
                result.add(
                        new Occurrence(
                                start,
                                end,
                                change.originalStart().atZoneSameInstant(ZONE),
                                true,
                                off));
            }
        }
        result.sort(java.util.Comparator.comparing(Occurrence::start));
        return result;
    }

    private void apply(EventDetails d) {
        this.title = d.title();
        this.descriptionSource = d.descriptionSource();
        this.descriptionHtml = d.descriptionHtml();
        this.startsAt = d.start();
        this.endsAt = d.end();
        this.allDay = d.allDay();
        this.placeId = d.placeId();
        this.placeName = d.placeName();
        this.region = d.region();
        this.address = d.address();
        this.onlineUrl = d.onlineUrl();
        this.tags.clear();
        this.tags.putAll(d.tags());
        this.audience = d.audience();
        this.accessibility = d.accessibility();
        this.price = d.price();
        this.registrationUrl = d.registrationUrl();
        this.recurrence = d.recurrence();
        this.lastEndsAt = computeLastEnd();
    }

    private OffsetDateTime computeLastEnd() {
        if (!recurring()) {
            return endsAt;
        }
        Recurrence rule = schedule();
        ZonedDateTime last = rule.lastStart(start());
        if (last == null) {
            return null;
        }
        OffsetDateTime lastEnd =
                last.plus(java.time.Duration.between(startsAt, endsAt)).toOffsetDateTime();
        // a moved occurrence may end later than the series would
        for (OccurrenceChange c : changes == null ? List.<OccurrenceChange>of() : changes) {
            if (c.movedEnd() != null && c.movedEnd().isAfter(lastEnd)) {
                lastEnd = c.movedEnd();
            }
        }
        return lastEnd;
    }

    private void touched(OffsetDateTime now) {
        sequence++;
        updatedAt = now;
        lastEndsAt = computeLastEnd();
    }

    private ZonedDateTime start() {
        return startsAt.atZoneSameInstant(ZONE);
    }

    /** The parsed recurrence; only to be called on a recurring event. */
    public Recurrence schedule() {
        return Recurrence.parse(recurrence).orElseThrow();
    }

    public boolean recurring() {
        return recurrence != null;
    }

    public boolean isOrganiser(long accountId) {
        return organiserId == accountId;
    }

    public boolean isPublished() {
        return publication == Publication.PUBLISHED;
    }

    public boolean isOnline() {
        return onlineUrl != null;
    }

    public boolean isHybrid() {
        return onlineUrl != null && (placeId != null || address != null);
    }

    public Long id() {
        return id;
    }

    public String uid() {
        return uid;
    }

    public String title() {
        return title;
    }

    public String descriptionSource() {
        return descriptionSource;
    }

    public String descriptionHtml() {
        return descriptionHtml;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }

    public boolean allDay() {
        return allDay;
    }

    public String placeId() {
        return placeId;
    }

    public String placeName() {
        return placeName;
    }

    public String region() {
        return region;
    }

    public String address() {
        return address;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public long organiserId() {
        return organiserId;
    }

    public String audience() {
        return audience;
    }

    public String accessibility() {
        return accessibility;
    }

    public String price() {
        return price;
    }

    public boolean free() {
        return price == null;
    }

    public String registrationUrl() {
        return registrationUrl;
    }

    public EventStatus status() {
        return status;
    }

    public Publication publication() {
        return publication;
    }

    public String recurrence() {
        return recurrence;
    }

    public int sequence() {
        return sequence;
    }

    public Integer capacity() {
        return capacity;
    }

    /** Opens built-in registration with this many seats, changes them, or closes it (null). */
    public void limitSeats(Integer seats) {
        capacity = seats;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public Set<String> tags() {
        return Collections.unmodifiableSet(new TreeSet<>(tags.keySet()));
    }

    /**
     * Each tag's slug with the words the organiser typed for it; tags saved before those words were
     * kept have their slug as label.
     */
    public Map<String, String> tagLabels() {
        return Tags.labelsBySlug(tags);
    }

    public List<OccurrenceChange> changes() {
        return List.copyOf(changes);
    }
}
