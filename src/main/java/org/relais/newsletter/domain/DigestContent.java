package org.relais.newsletter.domain;

import java.util.List;
import java.util.Set;

/**
 * The sections composed from the platform for one issue, before they are narrowed to a reader: next
 * month's events, the month's new kits, questions waiting for an answer and the month's most active
 * forum topics. Frozen in the issue when sending starts.
 */
public record DigestContent(
        List<DigestItem> events,
        List<DigestItem> kits,
        List<DigestItem> questions,
        List<DigestItem> topics) {
    public static final int EVENTS_SHOWN = 10;
    public static final int OTHERS_SHOWN = 5;
    public static final DigestContent EMPTY =
            new DigestContent(List.of(), List.of(), List.of(), List.of());

    public DigestContent {
        events = copy(events);
        kits = copy(kits);
        questions = copy(questions);
        topics = copy(topics);
    }

    private static List<DigestItem> copy(List<DigestItem> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /** Every section, for the public archive and for a reader who chose every topic. */
    public DigestContent general() {
        return forReader(Set.of(Topic.values()), null, Set.of());
    }

    /**
     * What one reader receives: only the topics they chose; events in their region (null: every
     * region) or without one (online); questions in their tags when they have some (members),
     * otherwise the oldest waiting ones overall.
     */
    public DigestContent forReader(Set<Topic> chosen, String region, Set<String> readerTags) {
        List<DigestItem> readerEvents =
                !chosen.contains(Topic.AGENDA)
                        ? List.of()
                        : events.stream()
                                .filter(
                                        e ->
                                                region == null
                                                        || e.region() == null
                                                        || region.equals(e.region()))
                                .limit(EVENTS_SHOWN)
                                .toList();
        List<DigestItem> readerQuestions =
                !chosen.contains(Topic.QUESTIONS)
                        ? List.of()
                        : questions.stream()
                                .filter(
                                        q ->
                                                readerTags.isEmpty()
                                                        || q.tags().stream()
                                                                .anyMatch(readerTags::contains))
                                .limit(OTHERS_SHOWN)
                                .toList();
        return new DigestContent(
                readerEvents,
                chosen.contains(Topic.KITS) ? limit(kits) : List.of(),
                readerQuestions,
                chosen.contains(Topic.FORUM) ? limit(topics) : List.of());
    }

    private static List<DigestItem> limit(List<DigestItem> items) {
        return items.stream().limit(OTHERS_SHOWN).toList();
    }

    public boolean isEmpty() {
        return events.isEmpty() && kits.isEmpty() && questions.isEmpty() && topics.isEmpty();
    }
}
