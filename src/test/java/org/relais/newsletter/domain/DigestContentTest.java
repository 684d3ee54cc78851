package org.relais.newsletter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestContentTest {
    static final String BRETAGNE = "53";
    static final String OCCITANIE = "76";

    static DigestItem event(String title, String region) {
        return new DigestItem(title, "/agenda/evenements/1", "jeudi", region, List.of());
    }

    static DigestItem question(String title, String... tags) {
        return new DigestItem(title, "/questions/1", "Nadia", null, List.of(tags));
    }

    static final DigestContent CONTENT =
            new DigestContent(
                    List.of(
                            event("Café bidouille à Rennes", BRETAGNE),
                            event("Atelier smartphone à Toulouse", OCCITANIE),
                            event("Webinaire posture d’aidant", null)),
                    List.of(
                            new DigestItem(
                                    "Kit arnaques en ligne",
                                    "/bibliotheque/kits/1",
                                    "",
                                    null,
                                    List.of())),
                    List.of(
                            question("Imprimante 3D qui se bouche", "impression-3d"),
                            question("France Connect sans smartphone", "demarches-en-ligne")),
                    List.of(
                            new DigestItem(
                                    "Reconditionner des PC",
                                    "/forum/sujets/1",
                                    "",
                                    null,
                                    List.of())));

    @Test
    void eventsAreThoseOfTheReadersRegionAndOnlineOnes() {
        DigestContent mine = CONTENT.forReader(EnumSet.allOf(Topic.class), BRETAGNE, Set.of());
        assertEquals(
                List.of("Café bidouille à Rennes", "Webinaire posture d’aidant"),
                mine.events().stream().map(DigestItem::title).toList());
    }

    @Test
    void withoutARegionEveryEventIsShown() {
        assertEquals(
                3, CONTENT.forReader(EnumSet.allOf(Topic.class), null, Set.of()).events().size());
        assertEquals(3, CONTENT.general().events().size());
    }

    @Test
    void onlyTheChosenTopicsAreSent() {
        DigestContent mine = CONTENT.forReader(EnumSet.of(Topic.KITS), BRETAGNE, Set.of());
        assertTrue(mine.events().isEmpty());
        assertTrue(mine.questions().isEmpty());
        assertTrue(mine.topics().isEmpty());
        assertEquals(1, mine.kits().size());
    }

    @Test
    void aMembersQuestionsAreThoseOfTheirTags() {
        DigestContent mine =
                CONTENT.forReader(EnumSet.of(Topic.QUESTIONS), null, Set.of("impression-3d"));
        assertEquals(
                List.of("Imprimante 3D qui se bouche"),
                mine.questions().stream().map(DigestItem::title).toList());
        assertEquals(
                2,
                CONTENT.forReader(EnumSet.of(Topic.QUESTIONS), null, Set.of()).questions().size(),
                "without tags, every waiting question");
    }

    @Test
    void sectionsAreBounded() {
        List<DigestItem> many =
                IntStream.range(0, 30).mapToObj(i -> event("Atelier " + i, BRETAGNE)).toList();
        DigestContent big = new DigestContent(many, null, null, null);
        assertEquals(DigestContent.EVENTS_SHOWN, big.general().events().size());
        assertTrue(new DigestContent(null, null, null, null).isEmpty());
    }
}
