package org.relais.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.platform.outbox.Searchable;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.search.infrastructure.SearchIndex;

/** The search as a visitor meets it, over a small index built on disk, without a server. */
class SearchServiceTest {
    @TempDir Path folder;

    private final SearchIndex index = new SearchIndex();
    private final SearchService search = new SearchService();

    @BeforeEach
    void indexSomeContent() throws Exception {
        index.openAt(folder);
        search.index = index;
        search.tags = new SlugsAsLabels();
        search.clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        index.apply(
                List.of(
                        change(
                                "topic:1",
                                "forum.topic",
                                "Atelier imprimante 3D pour les seniors",
                                "Nous animons un atelier d’impression au réseau des médiathèques <script>alert(1)</script>",
                                Set.of("impression-3d", "seniors"),
                                "public"),
                        change(
                                "question:2",
                                "qa.question",
                                "Démarches en ligne : aider sans faire à la place",
                                "Comment accompagner une personne âgée pour sa déclaration de revenus ?",
                                Set.of("demarches-en-ligne", "seniors"),
                                "public"),
                        change(
                                "topic:3",
                                "forum.topic",
                                "Coordination interne des animateurs",
                                "Atelier réservé aux membres : planning des imprimantes.",
                                Set.of("vie-du-reseau"),
                                "members")),
                3);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void wordsTypedWithoutAccentsFindAccentedText() {
        SearchResults results = anonymous("reseau");
        assertEquals(List.of("Atelier imprimante 3D pour les seniors"), titles(results));
    }

    @Test
    void pluralFindsSingularThroughStemming() {
        assertEquals(1, anonymous("ateliers").total());
        assertEquals(1, anonymous("demarche").total());
    }

    @Test
    void aTypoIsMatchedApproximatelyAndCorrected() {
        SearchResults results = anonymous("imprimente");
        assertTrue(results.fuzzy());
        assertEquals(List.of("Atelier imprimante 3D pour les seniors"), titles(results));
        assertEquals("imprimante", results.didYouMean());
    }

    @Test
    void membersOnlyContentIsAbsentForAnonymousVisitorsEvenInFacetCounts() {
        SearchResults anonymous = anonymous("atelier");
        assertEquals(1, anonymous.total());
        assertEquals(
                List.of(new SearchResults.FacetCount("forum.topic", 1)),
                anonymous.facets().get("type"));
        assertFalse(
                anonymous.facets().get("tag").stream()
                        .anyMatch(f -> f.value().equals("vie-du-reseau")));

        Caller member = new Caller(7, "Camille", Set.of(Caller.MEMBER));
        SearchResults asMember =
                search.search(request("atelier", Set.of(), Set.of()), Optional.of(member));
        assertEquals(2, asMember.total());
    }

    @Test
    void exclusionsAndPhrasesNarrowTheResults() {
        assertEquals(1, anonymous("seniors -imprimante").total());
        assertEquals(0, anonymous("\"seniors imprimante\"").total());
        assertEquals(1, anonymous("\"imprimante 3D\"").total());
    }

    @Test
    void facetFiltersCombineAndCountsFollowThem() {
        SearchResults results =
                search.search(
                        request("seniors", Set.of("qa.question"), Set.of()), Optional.empty());
        assertEquals(1, results.total());
        assertEquals(
                List.of(new SearchResults.FacetCount("qa.question", 1)),
                results.facets().get("type"));
        SearchResults byTag =
                search.search(request("", Set.of(), Set.of("impression-3d")), Optional.empty());
        assertEquals(List.of("Atelier imprimante 3D pour les seniors"), titles(byTag));
    }

    @Test
    void snippetsAreEscapedAndHighlightTheMatch() {
        String snippet = anonymous("médiathèques").items().get(0).snippet();
        assertTrue(snippet.contains("<mark>médiathèques</mark>"), snippet);
        assertFalse(snippet.contains("<script>"), snippet);
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        SearchResults results = anonymous("seniors atelier");
        assertEquals("Atelier imprimante 3D pour les seniors", results.items().get(0).title());
        assertTrue(results.items().get(0).score() > 0);
        assertEquals("topic:1", results.items().get(0).id());
    }

    @Test
    void aRemovedDocumentIsNoLongerFound() throws Exception {
        index.apply(List.of(new SearchIndex.Change("question:2", Optional.empty())), 4);
        assertEquals(0, anonymous("declaration").total());
        assertEquals(4, index.checkpoint());
    }

    @Test
    void facetCountsFollowEachNewBatchAndEachHitHasItsOwnSnippet() throws Exception {
        assertEquals(
                List.of(new SearchResults.FacetCount("forum.topic", 1)),
                anonymous("atelier").facets().get("type"));
        index.apply(
                List.of(
                        change(
                                "question:4",
                                "qa.question",
                                "Un atelier tablette à la médiathèque",
                                "Quelle tablette choisir pour un atelier de découverte ?",
                                Set.of("tablettes"),
                                "public")),
                4);
        SearchResults results = anonymous("atelier");
        assertEquals(
                Set.of(
                        new SearchResults.FacetCount("forum.topic", 1),
                        new SearchResults.FacetCount("qa.question", 1)),
                Set.copyOf(results.facets().get("type")));
        assertTrue(
                results.facets().get("tag").stream().anyMatch(f -> f.value().equals("tablettes")));
        for (SearchResults.Hit hit : results.items()) {
            String expected = hit.id().equals("question:4") ? "tablette" : "impression";
            assertTrue(hit.snippet().contains(expected), hit.id() + ": " + hit.snippet());
        }
    }

    private SearchResults anonymous(String text) {
        return search.search(request(text, Set.of(), Set.of()), Optional.empty());
    }

    private static SearchRequest request(String text, Set<String> types, Set<String> tags) {
        return new SearchRequest(text, types, tags, new PageRequest(1, 10));
    }

    private static List<String> titles(SearchResults results) {
        return results.items().stream().map(SearchResults.Hit::title).toList();
    }

    private static SearchIndex.Change change(
            String key,
            String type,
            String title,
            String body,
            Set<String> tags,
            String visibility) {
        return new SearchIndex.Change(
                key,
                Optional.of(
                        new Searchable.Document(
                                key,
                                type,
                                title,
                                body,
                                tags,
                                null,
                                "Camille",
                                OffsetDateTime.parse("2026-11-01T10:00:00+01:00"),
                                visibility,
                                "/" + key.replace(':', '/'),
                                Map.of())));
    }
}
