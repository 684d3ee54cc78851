package org.relais.search;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.directory.DirectoryApiIT;
import org.relais.qa.QaApiIT;
import org.relais.search.extraction.SampleFiles;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/** The search as visitors use it: what is written becomes findable, typos and all. */
@ExtendWith(RelaisServer.class)
class SearchIT {
    @RelaisServer.Base URL base;

    @Test
    void aNewPlaceIsFoundWithoutAccentsAndDisappearsWhenHidden() {
        Api api = new Api(base);
        Member member = api.newMember("Élodie Marchand");
        String word = "Zéphyrine" + System.nanoTime() % 100000;
        String id =
                DirectoryApiIT.createPlace(
                        api, member, DirectoryApiIT.aPlace("Médiathèque " + word));
        String folded = word.replace('é', 'e').toLowerCase();

        JsonPath found = awaitTotal(api, folded, 1);
        assertEquals("place", found.getString("items[0].type"));
        assertEquals("/lieux/" + id, found.getString("items[0].url"));
        assertEquals(id, found.getString("items[0].id"));
        assertTrue(found.getList("facets.type.value").contains("place"));

        api.asAdmin().delete("/api/v1/places/" + id).then().statusCode(204);
        awaitTotal(api, folded, 0);
    }

    @Test
    void aQuestionWithoutAnswerAndAnAnswerAreBothFound() {
        Api api = new Api(base);
        Member asker = api.newMember("Gaëlle Morvan");
        Member helper = api.newMember("Yannick Le Goff");
        String tag = QaApiIT.newTag(api);
        String marker = "quetzalfrise" + System.nanoTime() % 100000;
        String questionId =
                QaApiIT.ask(api.as(asker), "Comment animer un atelier " + marker + " ?", tag);
        JsonPath question = awaitTotal(api, marker, 1);
        assertEquals("qa.question", question.getString("items[0].type"));
        assertEquals(questionId, question.getString("items[0].id"));

        String answerWord = "ornithorynque" + System.nanoTime() % 100000;
        api.as(helper)
                .body(Map.of("body", "J'utilise la méthode " + answerWord + " avec mon public."))
                .post("/api/v1/questions/" + questionId + "/answers")
                .then()
                .statusCode(201);
        JsonPath answer = awaitTotal(api, answerWord, 1);
        assertEquals("qa.answer", answer.getString("items[0].type"));
    }

    @Test
    void aMembersDocumentsFollowTheirNewNameAndForgetItWhenTheyLeave() {
        Api api = new Api(base);
        Member asker = api.newMember("Maëlys Quéméner");
        String marker = "cormoran" + System.nanoTime() % 100000;
        QaApiIT.ask(api.as(asker), "Qui anime un atelier " + marker + " ?", QaApiIT.newTag(api));
        assertEquals("Maëlys Quéméner", awaitTotal(api, marker, 1).getString("items[0].author"));

        api.as(asker)
                .body(Map.of("displayName", "Maëlys Q."))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        awaitAuthor(api, marker, "Maëlys Q.");

        // The question stays, findable, but no longer names anyone (Q&A signs the documents of
        // deleted members with no name at all).
        api.as(asker).delete("/api/v1/me").then().statusCode(204);
        awaitAuthor(api, marker, null);
    }

    @Test
    void aTypoIsMatchedApproximatelyWithACorrection() {
        Api api = new Api(base);
        Member member = api.newMember("Hugo Lambert");
        String word = "Quetzalcoatl";
        DirectoryApiIT.createPlace(api, member, DirectoryApiIT.aPlace("Tiers-lieu " + word));
        awaitTotal(api, "quetzalcoatl", 1);

        JsonPath typo =
                api.anonymous()
                        .get("/api/v1/search?q=quetzalcoatel")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertTrue(typo.getBoolean("approximate"));
        assertEquals("quetzalcoatl", typo.getString("suggestion"));
        assertTrue(typo.getList("items.title").contains("Tiers-lieu " + word));
    }

    @Test
    void suggestionsFollowWhatIsTyped() {
        Api api = new Api(base);
        Member member = api.newMember("Inès Garnier");
        DirectoryApiIT.createPlace(api, member, DirectoryApiIT.aPlace("Espace Wolframite"));
        awaitTotal(api, "wolframite", 1);
        api.anonymous()
                .get("/api/v1/search/suggest?q=espace wolfra")
                .then()
                .statusCode(200)
                .body("label", hasItem("Espace Wolframite"));
        api.anonymous().get("/api/v1/search/suggest?q=zzqqyy").then().body("$", empty());
    }

    @Test
    void theSearchPageShowsHitsFacetsAndACorrection() {
        Api api = new Api(base);
        Member member = api.newMember("Jade Rolland");
        DirectoryApiIT.createPlace(api, member, DirectoryApiIT.aPlace("Atelier Ornithorynque"));
        awaitTotal(api, "ornithorynque", 1);

        PageClient browser = new PageClient(base);
        Page page = browser.get("/recherche?q=ornithorinque");
        assertEquals(200, page.status());
        assertEquals(
                "Atelier Ornithorynque",
                page.document().select(".search-hit__title a").first().text());
        assertEquals("ornithorynque", page.document().select(".search-correction a").text());
        assertTrue(page.document().select(".search-facets a").text().contains("Lieu"));
        assertEquals(1, browser.get("/").document().select("form.site-search").size());
    }

    @Test
    void aTagFacetReadsAsTheTagsWordsNotItsSlug() {
        Api api = new Api(base);
        String words = "Vélo électrique " + System.nanoTime();
        QaApiIT.ask(api.asAdmin(), "Régler les freins d’un vélo électrique de quokka", words);
        awaitSearch(api, "quokka", json -> json.getInt("total") >= 1);

        Page page = new PageClient(base).get("/recherche?q=quokka");
        List<String> tags =
                page.document()
                        .select(
                                ".search-facets section:has(h3:contains(Étiquettes)) li a > span:first-child")
                        .eachText();
        assertTrue(tags.contains(words), tags.toString());
        assertTrue(
                api.anonymous()
                        .get("/api/v1/search?q=quokka")
                        .jsonPath()
                        .getList("facets.tag.label")
                        .contains(words));
    }

    @Test
    void indexStatusAndRebuildAreForAdministrators() {
        Api api = new Api(base);
        api.anonymous().get("/api/v1/search/status").then().statusCode(401);
        Member member = api.newMember("Léo Fabre");
        api.as(member).get("/api/v1/search/status").then().statusCode(403);
        api.asAdmin()
                .get("/api/v1/search/status")
                .then()
                .statusCode(200)
                .body("failures", empty())
                .body("checkpoint", not(equalTo(0)));
    }

    @Test
    void aPlaceFilterNarrowsTheResultsAndItsFacetShowsThePlaceName() {
        Api api = new Api(base);
        Member member = api.newMember("Noémie Caron");
        String id =
                DirectoryApiIT.createPlace(api, member, DirectoryApiIT.aPlace("Fablab Xylocope"));
        awaitTotal(api, "xylocope", 1);

        JsonPath there =
                api.anonymous()
                        .get("/api/v1/search?q=xylocope&place=" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(1, there.getInt("total"));
        assertEquals(id, there.getString("facets.place[0].value"));
        assertEquals("Fablab Xylocope", there.getString("facets.place[0].label"));
        api.anonymous()
                .get("/api/v1/search?q=xylocope&place=0")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        // the schema's services are its tags, read as the schema writes them, not as cut slugs
        String service = "Maîtrise des outils numériques du quotidien";
        assertTrue(there.getList("facets.tag.label").contains(service), there.prettify());

        Page page = new PageClient(base).get("/recherche?q=xylocope");
        assertTrue(page.document().select(".search-facets").text().contains("Fablab Xylocope"));
        assertTrue(
                page.document()
                        .select(".search-facets section:has(h3:contains(Étiquettes)) li a")
                        .text()
                        .contains(service));
    }

    @Test
    void aBadDateIsRefusedWithAFrenchExplanation() {
        Api api = new Api(base);
        api.anonymous()
                .header("Accept-Language", "fr")
                .get("/api/v1/search?q=atelier&from=2026-13-45")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", containsString("AAAA-MM-JJ"));
        api.anonymous()
                .get("/api/v1/search?q=atelier&from=2026-05-02&to=2026-03-14")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));

        Page page = new PageClient(base).get("/recherche?q=atelier&to=14/03/2026");
        assertEquals(400, page.status());
        assertTrue(page.document().select("[role=alert]").text().contains("AAAA-MM-JJ"));
        assertEquals("14/03/2026", page.document().select("#recherche-au").attr("value"));
    }

    @Test
    void administratorsCanTryTheTextExtractionOfAFile() {
        Api api = new Api(base);
        byte[] docx = SampleFiles.docx("Fiche d’atelier : sécuriser son smartphone");
        api.anonymous().body(docx).post("/api/v1/search/extract").then().statusCode(401);
        Member member = api.newMember("Maëlle Perrin");
        api.as(member).body(docx).post("/api/v1/search/extract").then().statusCode(403);

        JsonPath read =
                api.asAdmin()
                        .contentType("application/octet-stream")
                        .body(docx)
                        .post("/api/v1/search/extract")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertTrue(
                String.valueOf(read.getString("text")).contains("sécuriser son smartphone"),
                () -> read.prettify());
        assertTrue(read.getInt("characters") > 30);
        assertEquals(null, read.getString("failure"));

        api.asAdmin()
                .contentType("application/pdf")
                .body(SampleFiles.pdf("Programme des ateliers numeriques", null))
                .post("/api/v1/search/extract")
                .then()
                .statusCode(200)
                .body("text", containsString("Programme des ateliers numeriques"));

        api.asAdmin()
                .contentType("application/zip")
                .header("Accept-Language", "fr")
                .body(SampleFiles.nestedBomb(6, 10))
                .post("/api/v1/search/extract")
                .then()
                .statusCode(200)
                .body("failure", equalTo("TOO_COMPLEX"))
                .body("message", containsString("trop complexe"));
    }

    @Test
    void theBenchmarksBulkLoadWritesThroughTheServicesAllOrNothing() {
        Api api = new Api(base);
        Member member = api.newMember("Romane Castel");
        String tag = QaApiIT.newTag(api);
        String categoryId =
                api.asAdmin()
                        .body(Map.of("name", "Banc d'essai " + System.nanoTime()))
                        .post("/api/v1/forum/categories")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        long n = System.nanoTime() % 100000;
        String topicWord = "capucinelle" + n;
        String questionWord = "bergamotier" + n;
        Map<String, Object> topic =
                Map.of(
                        "kind",
                        "TOPIC",
                        "categoryId",
                        categoryId,
                        "title",
                        "Atelier " + topicWord + " à la médiathèque",
                        "body",
                        "Retour sur notre atelier du mardi.",
                        "tags",
                        List.of());
        Map<String, Object> question =
                Map.of(
                        "kind",
                        "QUESTION",
                        "title",
                        "Comment organiser un atelier " + questionWord + " ?",
                        "body",
                        "Nous débutons avec un public de seniors.",
                        "tags",
                        List.of(tag));
        api.as(member)
                .body(Map.of("items", List.of(topic)))
                .post("/api/v1/bench/corpus")
                .then()
                .statusCode(403);

        List<String> parents = bulk(api, List.of(topic, question));
        String replyWord = "mandragorette" + n;
        List<String> children =
                bulk(
                        api,
                        List.of(
                                Map.of(
                                        "kind",
                                        "POST",
                                        "parentId",
                                        parents.get(0),
                                        "body",
                                        "Même chose chez nous, " + replyWord + " compris."),
                                Map.of(
                                        "kind",
                                        "ANSWER",
                                        "parentId",
                                        parents.get(1),
                                        "body",
                                        "Commencez par la prise en main de la tablette.")));
        assertEquals(parents.get(1), children.get(1), "an answer gives its question's id");
        // a title is also that of the topic's posts and of the question's answers
        assertEquals(
                parents.get(0), awaitTotal(api, topicWord + TOPICS, 1).getString("items[0].id"));
        assertEquals(
                parents.get(1),
                awaitTotal(api, questionWord + "&type=qa.question", 1).getString("items[0].id"));
        assertEquals(children.get(0), awaitTotal(api, replyWord, 1).getString("items[0].id"));
        api.asAdmin()
                .get("/api/v1/forum/topics/" + parents.get(0))
                .then()
                .statusCode(200)
                .body("topic.replyCount", equalTo(1))
                .body("posts.total", equalTo(2));

        String refusedWord = "tamarinier" + n;
        Map<String, Object> refused = new java.util.HashMap<>(topic);
        refused.put("title", "Atelier " + refusedWord + " au tiers-lieu");
        api.asAdmin()
                .body(
                        Map.of(
                                "items",
                                List.of(refused, Map.of("kind", "ANSWER", "body", "Sans parent"))))
                .post("/api/v1/bench/corpus")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("parentId"));
        String laterWord = "sarriette" + n;
        Map<String, Object> later = new java.util.HashMap<>(topic);
        later.put("title", "Atelier " + laterWord + " au tiers-lieu");
        bulk(api, List.of(later));
        awaitTotal(api, laterWord + TOPICS, 1);
        assertEquals(0, search(api, refusedWord).getInt("total"), "a refused batch writes nothing");
    }

    private static final String TOPICS = "&type=forum.topic";

    private static List<String> bulk(Api api, List<Map<String, Object>> items) {
        return api.asAdmin()
                .body(Map.of("items", items))
                .post("/api/v1/bench/corpus")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("ids", String.class);
    }

    private static JsonPath search(Api api, String q) {
        return api.anonymous()
                .get("/api/v1/search?q=" + q)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aTopicAndItsOpeningPostAreOneHitThatFollowsItsEdits() {
        Api api = new Api(base);
        long n = System.nanoTime() % 100000;
        String opening = "pimprenelle" + n;
        String edited = "coquelicotier" + n;
        String topicId =
                api.newTopic(
                        "Vie du réseau " + n,
                        "Un sujet à chercher",
                        "Premier message : " + opening);

        JsonPath found = awaitTotal(api, opening, 1);
        assertEquals("forum.topic", found.getString("items[0].type"));
        assertEquals(topicId, found.getString("items[0].id"));

        String openingPost =
                api.anonymous()
                        .get("/api/v1/forum/topics/" + topicId)
                        .then()
                        .extract()
                        .path("posts.items[0].id");
        api.asAdmin()
                .body(Map.of("body", "Premier message corrigé : " + edited + "."))
                .put("/api/v1/forum/posts/" + openingPost)
                .then()
                .statusCode(200);
        JsonPath after = awaitTotal(api, edited, 1);
        assertEquals("forum.topic", after.getString("items[0].type"));
        assertEquals(0, awaitTotal(api, opening, 0).getInt("total"));
    }

    private static void awaitAuthor(Api api, String q, String author) {
        awaitSearch(
                api,
                q,
                json -> {
                    List<Object> authors = json.getList("items.author");
                    return authors.size() == 1 && Objects.equals(authors.get(0), author);
                });
    }

    private static JsonPath awaitTotal(Api api, String q, int total) {
        return awaitSearch(api, q, json -> json.getInt("total") == total);
    }

    /** The anonymous search for {@code q}, asked again until its answer satisfies {@code done}. */
    private static JsonPath awaitSearch(Api api, String q, Predicate<JsonPath> done) {
        return await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () ->
                                api.anonymous()
                                        .get("/api/v1/search?q=" + q)
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .jsonPath(),
                        done::test);
    }
}
