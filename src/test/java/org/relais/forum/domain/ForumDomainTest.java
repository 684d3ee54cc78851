package org.relais.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relais.platform.notification.WatchLevel;

/** The forum's domain rules, as tables of cases. */
class ForumDomainTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-12T10:00:00+01:00");

    static Stream<Arguments> watchLevels() {
        WatchLevel w = WatchLevel.WATCHING;
        WatchLevel t = WatchLevel.TRACKING;
        WatchLevel m = WatchLevel.MUTED;
        return Stream.of(
                Arguments.of(null, List.of(), null, null),
                Arguments.of(null, List.of(), w, w),
                Arguments.of(m, List.of(w), w, m),
                Arguments.of(w, List.of(m), m, w),
                Arguments.of(null, List.of(w), m, w),
                Arguments.of(null, List.of(w, m), w, m),
                Arguments.of(null, List.of(t), w, t),
                Arguments.of(t, List.of(), w, t));
    }

    @ParameterizedTest(name = "topic {0}, tags {1}, category {2} → {3}")
    @MethodSource("watchLevels")
    void topicLevelsWinOverTagLevelsWhichWinOverCategoryLevels(
            WatchLevel topic, List<WatchLevel> tags, WatchLevel category, WatchLevel expected) {
        assertEquals(
                Optional.ofNullable(expected),
                WatchRules.effective(
                        Optional.ofNullable(topic), tags, Optional.ofNullable(category)));
    }

    static Stream<Arguments> mentions() {
        return Stream.of(
                Arguments.of(
                        "Merci @Camille_Lefèvre !", Set.of("camille_lefèvre", "camille lefèvre")),
                Arguments.of("Voir @karim-benali.", Set.of("karim-benali", "karim benali")),
                Arguments.of("écrire à contact@relais.fr", Set.of()),
                Arguments.of("`@code` et ```\n@bloc\n```", Set.of()),
                Arguments.of("@Nadia", Set.of("nadia")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mentions")
    void mentionsNameMembersWithUnderscoresOrHyphensForSpaces(String text, Set<String> expected) {
        assertEquals(expected, Mentions.candidates(text));
    }

    static Stream<Arguments> newMembers() {
        return Stream.of(
                Arguments.of(NOW.minusHours(2), 10, true),
                Arguments.of(NOW.minusDays(3), 0, true),
                Arguments.of(NOW.minusDays(3), 2, true),
                Arguments.of(NOW.minusDays(3), 3, false),
                Arguments.of(NOW.minusHours(25), 5, false));
    }

    @ParameterizedTest(name = "joined {0}, {1} posts → new: {2}")
    @MethodSource("newMembers")
    void aMemberIsNewDuringTheFirstDayOrUntilThreePosts(
            OffsetDateTime joined, long posts, boolean expected) {
        assertEquals(expected, ForumRules.isNewMember(joined, posts, NOW));
    }

    static Stream<Arguments> links() {
        return Stream.of(
                Arguments.of("Pas de lien", 0),
                Arguments.of("Voir https://a.fr et http://b.fr", 2),
                Arguments.of("[lien](https://a.fr) www.b.fr HTTPS://C.FR", 3));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("links")
    void linksAreCounted(String text, int expected) {
        assertEquals(expected, ForumRules.countLinks(text));
    }

    static Stream<Arguments> diffs() {
        return Stream.of(
                Arguments.of("a\nb", "a\nb", "  a|  b"),
                Arguments.of("a\nb", "a\nc", "  a|- b|+ c"),
                Arguments.of("a", "a\nb", "  a|+ b"),
                Arguments.of("a\nb\nc", "a\nc", "  a|- b|  c"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("diffs")
    void editsShowLineByLine(String before, String after, String expected) {
        assertEquals(
                expected,
                String.join(
                        "|",
                        LineDiff.between(before, after).stream()
                                .map(l -> l.symbol() + " " + l.text())
                                .toList()));
    }
}
