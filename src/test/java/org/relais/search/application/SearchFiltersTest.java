package org.relais.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.relais.platform.outbox.Searchable.Document;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.search.infrastructure.SearchIndex;

/** Place, region, licence and date filters, and private documents, over a small index. */
class SearchFiltersTest {
    private static final Caller OWNER = new Caller(7, "Camille", Set.of(Caller.MEMBER));
    private static final Caller OTHER = new Caller(8, "Sacha", Set.of(Caller.MEMBER));
    private static final Caller MODERATOR =
            new Caller(9, "Dominique", Set.of(Caller.MEMBER, Caller.MODERATOR));
    private static final Caller ADMIN = new Caller(1, "Admin", Set.of(Caller.ADMIN));

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
                                "place:12",
                                new Document(
                                        "12",
                                        "place",
                                        "Médiathèque des Champs Libres",
                                        "Rennes, ateliers numériques",
                                        Set.of(),
                                        "Rennes",
                                        null,
                                        null,
                                        "public",
                                        "/lieux/12",
                                        Map.of("place", "12", "region", "Bretagne"))),
                        change(
                                "question:1",
                                new Document(
                                        "1",
                                        "qa.question",
                                        "Atelier sur la messagerie à la médiathèque",
                                        "Quel déroulé pour un atelier messagerie ?",
                                        Set.of("messagerie"),
                                        "12",
                                        "Camille",
                                        // 14 March, 23:30 in Paris: still the 14th there
                                        OffsetDateTime.parse("2026-03-14T22:30:00Z"),
                                        "public",
                                        "/questions/1",
                                        Map.of("place", "12"))),
                        change(
                                "kit:2",
                                new Document(
                                        "2",
                                        "library.kit",
                                        "Kit atelier messagerie pour débutants",
                                        "Fiches et supports pour un atelier messagerie",
                                        Set.of("messagerie"),
                                        null,
                                        "Sacha",
                                        OffsetDateTime.parse("2026-05-02T09:00:00+02:00"),
                                        "public",
                                        "/kits/2",
                                        Map.of("licence", "CC-BY-SA-4.0"))),
                        change(
                                "kit:3",
                                new Document(
                                        "3",
                                        "library.kit",
                                        "Brouillon de kit atelier messagerie",
                                        "Notes personnelles sur un atelier messagerie",
                                        Set.of("messagerie"),
                                        null,
                                        "Camille",
                                        OffsetDateTime.parse("2026-06-01T09:00:00+02:00"),
                                        Document.PRIVATE,
                                        "/kits/3",
                                        Map.of("licence", "CC0-1.0"),
                                        OWNER.accountId()))),
                4);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void aPlaceFilterKeepsWhatHappensThereAndItsFacetShowsThePlaceName() {
        SearchResults all = search(request("atelier", Map.of(), null, null), Optional.empty());
        assertEquals(
                List.of(new SearchResults.FacetCount("12", "Médiathèque des Champs Libres", 2)),
                all.facets().get("place"));

        SearchResults there =
                search(
                        request("atelier", Map.of("place", Set.of("12")), null, null),
                        Optional.empty());
        assertEquals(
                Set.of(
                        "Atelier sur la messagerie à la médiathèque",
                        "Médiathèque des Champs Libres"),
                Set.copyOf(titles(there)));
        assertEquals(
                List.of(new SearchResults.FacetCount("Bretagne", 1)),
                search(
                                request("", Map.of("region", Set.of("Bretagne")), null, null),
                                Optional.empty())
                        .facets()
                        .get("region"));
    }

    @Test
    void aLicenceFilterUsesTheValueDocumentsCarry() {
        SearchResults cc =
                search(
                        request(
                                "messagerie",
                                Map.of("licence", Set.of("CC-BY-SA-4.0")),
                                null,
                                null),
                        Optional.empty());
        assertEquals(List.of("Kit atelier messagerie pour débutants"), titles(cc));
        assertEquals(
                List.of(new SearchResults.FacetCount("CC-BY-SA-4.0", 1)),
                cc.facets().get("licence"));
    }

    @Test
    void datesAreWholeDaysInFranceBothEndsIncluded() {
        LocalDate day = LocalDate.parse("2026-03-14");
        assertEquals(
                List.of("Atelier sur la messagerie à la médiathèque"),
                titles(search(request("", Map.of(), day, day), Optional.empty())));
        assertEquals(
                0,
                search(request("", Map.of(), day.plusDays(1), null), Optional.empty())
                        .facets()
                        .get("type")
                        .stream()
                        .filter(f -> f.value().equals("qa.question"))
                        .count());
        assertEquals(
                List.of("Kit atelier messagerie pour débutants"),
                titles(
                        search(
                                request(
                                        "",
                                        Map.of(),
                                        day.plusDays(1),
                                        LocalDate.parse("2026-05-02")),
                                Optional.empty())));
    }

    @Test
    void badDatesAreRefusedAsMalformedRequests() {
        InvalidSearchDate malformed =
                assertThrows(
                        InvalidSearchDate.class,
                        () -> InvalidSearchDate.parse("14/03/2026", "from"));
        assertEquals(400, malformed.status());
        assertEquals("search.date.invalid", malformed.errors().get(0).messageKey());
        InvalidSearchDate reversed =
                assertThrows(
                        InvalidSearchDate.class,
                        () ->
                                request(
                                        "",
                                        Map.of(),
                                        LocalDate.parse("2026-05-02"),
                                        LocalDate.parse("2026-03-14")));
        assertEquals("search.date.order", reversed.errors().get(0).messageKey());
        assertEquals(null, InvalidSearchDate.parse(" ", "to"));
    }

    @Test
    void aPrivateDocumentIsFoundByItsOwnerAndAdministratorsOnlyEvenInFacetCounts() {
        for (Optional<Caller> outsider :
                List.of(Optional.<Caller>empty(), Optional.of(OTHER), Optional.of(MODERATOR))) {
            SearchResults results = search(request("messagerie", Map.of(), null, null), outsider);
            assertEquals(2, results.total(), () -> "as " + outsider);
            assertTrue(
                    results.facets().get("licence").stream()
                            .noneMatch(f -> f.value().equals("CC0-1.0")),
                    () -> "as " + outsider);
            assertEquals(
                    0,
                    search(request("brouillon", Map.of(), null, null), outsider).total(),
                    () -> "as " + outsider);
        }
        for (Caller insider : List.of(OWNER, ADMIN)) {
            SearchResults results =
                    search(request("messagerie", Map.of(), null, null), Optional.of(insider));
            assertEquals(3, results.total(), () -> "as " + insider);
            assertTrue(
                    results.facets()
                            .get("licence")
                            .contains(new SearchResults.FacetCount("CC0-1.0", 1)));
        }
    }

    @Test
    void aPrivateDocumentWithoutOwnerIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new Document(
                                "4",
                                "library.kit",
                                "t",
                                "b",
                                Set.of(),
                                null,
                                null,
                                null,
                                Document.PRIVATE,
                                "/kits/4",
                                Map.of()));
    }

    private SearchResults search(SearchRequest request, Optional<Caller> caller) {
        return search.search(request, caller);
    }

    private static SearchRequest request(
            String text, Map<String, Set<String>> facets, LocalDate from, LocalDate to) {
        return new SearchRequest(
                text, Set.of(), Set.of(), facets, from, to, new PageRequest(1, 10));
    }

    private static List<String> titles(SearchResults results) {
        return results.items().stream().map(SearchResults.Hit::title).toList();
    }

    private static SearchIndex.Change change(String key, Document document) {
        return new SearchIndex.Change(key, Optional.of(document));
    }
}
