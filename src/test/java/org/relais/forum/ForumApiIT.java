package org.relais.forum;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Outbox;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/** The forum through its JSON API, on H2 and PostgreSQL. */
@ExtendWith(RelaisServer.class)
class ForumApiIT {
    @RelaisServer.Base URL base;

    /** A new category, created by the administrator; its id. */
    static String category(Api api, String name) {
        return api.asAdmin()
                .body(
                        Map.of(
                                "name",
                                name + " " + System.nanoTime(),
                                "description",
                                "Pour échanger entre médiateurs.",
                                "colour",
                                "#aa5500"))
                .post("/api/v1/forum/categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The member opens a topic in the category; its id. */
    static String topic(Api api, Member member, String categoryId, String title) {
        return api.as(member)
                .body(newTopic(categoryId, title, List.of()))
                .post("/api/v1/forum/topics")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The JSON of a new topic in the category. */
    static Map<String, Object> newTopic(String categoryId, String title, List<String> tags) {
        return Map.of(
                "categoryId",
                categoryId,
                "title",
                title,
                "body",
                "Comment faites-vous avec les **seniors** ?",
                "tags",
                tags);
    }

    static String reply(Api api, Member member, String topicId, String body) {
        return api.as(member)
                .body(Map.of("body", body))
                .post("/api/v1/forum/topics/" + topicId + "/posts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void onlyAdministratorsCreateCategoriesAndEveryoneListsThem() {
        Api api = new Api(base);
        Member member = api.newMember("Karim Benali");
        api.as(member)
                .body(Map.of("name", "Hors sujet", "colour", "#123456"))
                .post("/api/v1/forum/categories")
                .then()
                .statusCode(403);
        api.asAdmin()
                .body(Map.of("name", "Couleur fausse", "colour", "rouge"))
                .post("/api/v1/forum/categories")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("colour"));
        String id = category(api, "Ateliers et animation");
        api.anonymous()
                .get("/api/v1/forum/categories")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.colour", hasItem("#aa5500"));
    }

    @Test
    void membersOpenTopicsReplyQuoteEditAndDelete() {
        Api api = new Api(base);
        String categoryId = category(api, "Accompagnement des publics");
        Member camille = api.newMember("Camille Lefèvre");
        Member karim = api.newMember("Karim Benali");
        String topicId =
                topic(api, camille, categoryId, "Accompagner les seniors sur les démarches");
        api.anonymous()
                .get("/api/v1/forum/topics/" + topicId)
                .then()
                .statusCode(200)
                .body("topic.title", equalTo("Accompagner les seniors sur les démarches"))
                .body("topic.authorName", equalTo("Camille Lefèvre"))
                .body("posts.total", equalTo(1))
                .body("posts.items[0].html", containsString("<strong>seniors</strong>"));

        String firstPostId = firstPost(api, topicId);
        String replyId =
                api.as(karim)
                        .body(Map.of("body", "Je fais des binômes.", "quotePostId", firstPostId))
                        .post("/api/v1/forum/topics/" + topicId + "/posts")
                        .then()
                        .statusCode(201)
                        .body("quotePostId", equalTo(firstPostId))
                        .body("body", containsString("> **Camille Lefèvre** a écrit :"))
                        .body("html", containsString("<blockquote>"))
                        .extract()
                        .path("id");
        Outbox.awaitMail(camille.email(), "Du nouveau pour vous sur Relais");

        api.as(karim)
                .body(Map.of("body", "Je fais des binômes.\nAvec des jeunes en service civique."))
                .put("/api/v1/forum/posts/" + replyId)
                .then()
                .statusCode(200)
                .body("editedAt", not(equalTo(null)));
        api.anonymous()
                .get("/api/v1/forum/posts/" + replyId + "/revisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].editorName", equalTo("Karim Benali"))
                .body("items[0].diff.op", hasItem("ADDED"))
                .body("items[0].diff.text", hasItem("Avec des jeunes en service civique."));

        api.anonymous()
                .get("/api/v1/forum/topics?categoryId=" + categoryId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].replyCount", equalTo(1));
        api.anonymous()
                .get("/api/v1/forum/topics?categoryId=" + categoryId + "&sort=unanswered")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        api.as(karim).delete("/api/v1/forum/posts/" + replyId).then().statusCode(204);
        api.anonymous()
                .get("/api/v1/forum/posts/" + replyId)
                .then()
                .statusCode(200)
                .body("deleted", equalTo(true))
                .body("shown", equalTo(false))
                .body("body", equalTo(""));
        api.anonymous().get("/api/v1/forum/posts/" + replyId + "/revisions").then().statusCode(404);
    }

    @Test
    void nobodyChangesAnotherMembersPostButModerators() {
        Api api = new Api(base);
        String categoryId = category(api, "Vie du réseau");
        Member author = api.newMember("Sophie Martin");
        Member other = api.newMember("Thomas Durand");
        String topicId = topic(api, author, categoryId, "Rencontre régionale des médiateurs");
        String postId = firstPost(api, topicId);
        record Case(String who, int editStatus, int deleteStatus) {}
        // deletion last: the anonymous and other members first, then the administrator edits,
        // then the author deletes.
        for (Case c :
                List.of(
                        new Case("anonymous", 401, 401),
                        new Case("other", 403, 403),
                        new Case("admin", 200, -1),
                        new Case("author", 200, 204))) {
            var as =
                    switch (c.who()) {
                        case "anonymous" -> api.anonymous();
                        case "other" -> api.as(other);
                        case "admin" -> api.asAdmin();
                        default -> api.as(author);
                    };
            as.body(Map.of("body", "Texte modifié par " + c.who()))
                    .put("/api/v1/forum/posts/" + postId)
                    .then()
                    .statusCode(c.editStatus());
            if (c.deleteStatus() > 0) {
                var again =
                        switch (c.who()) {
                            case "anonymous" -> api.anonymous();
                            case "other" -> api.as(other);
                            default -> api.as(author);
                        };
                again.delete("/api/v1/forum/posts/" + postId).then().statusCode(c.deleteStatus());
            }
        }
        api.anonymous()
                .get("/api/v1/forum/posts/" + postId)
                .then()
                .body("deleted", equalTo(true))
                .body("html", equalTo(""));
        api.asAdmin()
                .get("/api/v1/forum/posts/" + postId)
                .then()
                .body("shown", equalTo(true))
                .body("body", equalTo("Texte modifié par author"));
        api.as(author)
                .body(Map.of("body", "Je reviens dessus"))
                .put("/api/v1/forum/posts/" + postId)
                .then()
                .statusCode(409);
        List<String> editors =
                api.asAdmin()
                        .get("/api/v1/forum/posts/" + postId + "/revisions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.editorName");
        assertEquals(2, editors.size());
    }

    @Test
    void anEditStartedFromAnOlderRevisionIsRefusedInsteadOfErasingTheEditMadeMeanwhile() {
        Api api = new Api(base);
        String categoryId = category(api, "Animation d’ateliers");
        Member author = api.newMember("Léa Garnier");
        String topicId = topic(api, author, categoryId, "Un atelier sur les mots de passe");
        String post = "/api/v1/forum/posts/" + firstPost(api, topicId);
        String seen = api.as(author).get(post).then().statusCode(200).extract().path("revision");

        api.asAdmin()
                .body(Map.of("body", "Texte relu par la modération.", "revision", seen))
                .put(post)
                .then()
                .statusCode(200);
        api.as(author)
                .body(Map.of("body", "Ma version, écrite depuis l’ancienne.", "revision", seen))
                .put(post)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("revision"))
                .body("errors.message", hasItem(containsString("pour ne pas effacer la sienne")));
        String current =
                api.as(author)
                        .get(post)
                        .then()
                        .body("body", equalTo("Texte relu par la modération."))
                        .extract()
                        .path("revision");
        assertNotEquals(seen, current);

        api.as(author)
                .body(Map.of("body", "Ma version, reprise sur la relue.", "revision", current))
                .put(post)
                .then()
                .statusCode(200)
                .body("body", equalTo("Ma version, reprise sur la relue."));
    }

    @Test
    void aMentionNotifiesTheMemberByMailAndTopicsRefuseUnknownTagsOfNewMembers() {
        Api api = new Api(base);
        String categoryId = category(api, "Outils et logiciels libres");
        Member nadia = api.newMember("Nadia Rahmani " + System.nanoTime() % 100000);
        Member julien = api.newMember("Julien Morel");
        api.as(julien)
                .body(
                        Map.of(
                                "categoryId",
                                categoryId,
                                "title",
                                "Linux dans les espaces publics numériques",
                                "body",
                                "Qui utilise PrimTux ?",
                                "tags",
                                List.of("un-tag-qui-n-existe-pas")))
                .post("/api/v1/forum/topics")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("tags"));
        String topicId =
                topic(api, julien, categoryId, "Linux dans les espaces publics numériques");
        String mention = "@" + nadia.displayName().replace(' ', '_');
        reply(api, api.newMember("Élise Bernard"), topicId, "Demandons à " + mention + " !");
        Outbox.awaitMail(nadia.email(), "Du nouveau pour vous sur Relais");
    }

    @Test
    void aWatcherOfTheCategoryHearsOfNewTopicsAndMutingSilencesIt() {
        Api api = new Api(base);
        String categoryId = category(api, "Ateliers");
        Member watcher = api.newMember("Mamadou Diallo");
        Member author = api.newMember("Anne Petit");
        api.as(watcher)
                .body(Map.of("level", "WATCHING"))
                .put("/api/v1/forum/categories/" + categoryId + "/watch")
                .then()
                .statusCode(200)
                .body("level", equalTo("WATCHING"));
        api.as(watcher)
                .get("/api/v1/forum/categories/" + categoryId + "/watch")
                .then()
                .body("level", equalTo("WATCHING"));
        api.as(watcher)
                .body(Map.of("level", "bof"))
                .put("/api/v1/forum/categories/" + categoryId + "/watch")
                .then()
                .statusCode(422);
        String topicId = topic(api, author, categoryId, "Imprimante 3D : premiers ateliers");
        api.as(watcher)
                .get("/api/v1/forum/topics/" + topicId + "/watch")
                .then()
                .body("level", equalTo("DEFAULT"));
        api.as(author)
                .get("/api/v1/forum/topics/" + topicId + "/watch")
                .then()
                .body("level", equalTo("WATCHING"));
    }

    @Test
    void rateLimitsAndLockedTopics() {
        Api api = new Api(base);
        String categoryId = category(api, "Vie du réseau");
        Member member = api.newMember("Lina Roux");
        String topicId = topic(api, member, categoryId, "Pass numérique : retours d'expérience");
        reply(api, member, topicId, "Premier retour.");
        api.as(member)
                .body(Map.of("body", "Deuxième retour, trop vite."))
                .post("/api/v1/forum/topics/" + topicId + "/posts")
                .then()
                .statusCode(429)
                .body("detail", containsString("Réessayez"));
    }

    static String firstPost(Api api, String topicId) {
        return api.asAdmin()
                .get("/api/v1/forum/topics/" + topicId)
                .then()
                .extract()
                .path("posts.items[0].id");
    }

    @Test
    void threeFlagsHideAPostUntilAModeratorKeepsIt() {
        Api api = new Api(base);
        String categoryId = category(api, "Vie du réseau");
        Member author = api.newMember("Julie Fabre");
        String topicId = topic(api, author, categoryId, "Vends imprimante laser, très bon état");
        String postId = firstPost(api, topicId);
        api.as(author)
                .body(Map.of("reason", "SPAM"))
                .post("/api/v1/forum/posts/" + postId + "/flags")
                .then()
                .statusCode(422);
        for (int i = 0; i < 3; i++) {
            Member flagger = api.newMember("Signaleur " + i);
            api.as(flagger)
                    .body(Map.of("reason", "OFF_TOPIC", "note", "Pas le bon endroit"))
                    .post("/api/v1/forum/posts/" + postId + "/flags")
                    .then()
                    .statusCode(201);
            api.anonymous()
                    .get("/api/v1/forum/posts/" + postId)
                    .then()
                    .body("shown", equalTo(i < 2));
            if (i == 0) {
                api.as(flagger)
                        .body(Map.of("reason", "SPAM"))
                        .post("/api/v1/forum/posts/" + postId + "/flags")
                        .then()
                        .statusCode(409);
            }
        }
        api.as(author).get("/api/v1/forum/posts/" + postId).then().body("shown", equalTo(true));
        api.as(author).get("/api/v1/forum/review").then().statusCode(403);
        api.asAdmin()
                .get("/api/v1/forum/review")
                .then()
                .statusCode(200)
                .body("items.post.id", hasItem(postId));
        api.asAdmin()
                .body(Map.of("outcome", "KEPT"))
                .post("/api/v1/forum/posts/" + postId + "/review")
                .then()
                .statusCode(204);
        api.anonymous().get("/api/v1/forum/posts/" + postId).then().body("shown", equalTo(true));
        api.asAdmin()
                .get("/api/v1/forum/review")
                .then()
                .body("items.post.id", not(hasItem(postId)));
    }

    @Test
    void moderatorsLockPinMoveMergeAndSilence() {
        Api api = new Api(base);
        String categoryId = category(api, "Ateliers");
        String otherCategoryId = category(api, "Outils");
        Member member = api.newMember("Paul Girard");
        Member other = api.newMember("Inès Lambert");
        String first = topic(api, member, categoryId, "Atelier smartphone pour débutants");
        String second = topic(api, other, categoryId, "Atelier smartphone : les fiches");

        api.as(member)
                .body(Map.of("action", "LOCK"))
                .post("/api/v1/forum/topics/" + first + "/moderation")
                .then()
                .statusCode(403);
        api.asAdmin()
                .body(Map.of("action", "LOCK"))
                .post("/api/v1/forum/topics/" + first + "/moderation")
                .then()
                .statusCode(204);
        api.as(other)
                .body(Map.of("body", "Je réponds quand même"))
                .post("/api/v1/forum/topics/" + first + "/posts")
                .then()
                .statusCode(403);
        api.asAdmin()
                .body(Map.of("action", "UNLOCK"))
                .post("/api/v1/forum/topics/" + first + "/moderation")
                .then()
                .statusCode(204);

        api.asAdmin()
                .body(Map.of("action", "PIN"))
                .post("/api/v1/forum/topics/" + first + "/moderation")
                .then()
                .statusCode(204);
        api.anonymous()
                .get("/api/v1/forum/topics?categoryId=" + categoryId)
                .then()
                .body("items[0].id", equalTo(first))
                .body("items[0].pinned", equalTo(true));

        api.asAdmin()
                .body(Map.of("action", "MOVE", "categoryId", otherCategoryId))
                .post("/api/v1/forum/topics/" + second + "/moderation")
                .then()
                .statusCode(204);
        api.anonymous()
                .get("/api/v1/forum/topics?categoryId=" + otherCategoryId)
                .then()
                .body("items.id", hasItem(second));

        api.asAdmin()
                .body(Map.of("action", "MERGE", "targetTopicId", first))
                .post("/api/v1/forum/topics/" + second + "/moderation")
                .then()
                .statusCode(204);
        api.anonymous().get("/api/v1/forum/topics/" + second).then().statusCode(404);
        api.anonymous()
                .get("/api/v1/forum/topics/" + first)
                .then()
                .body("posts.total", equalTo(2))
                .body("posts.items[1].authorName", equalTo("Inès Lambert"));

        api.asAdmin()
                .body(Map.of("memberId", other.id(), "days", 3, "reason", "Messages agressifs"))
                .post("/api/v1/forum/silences")
                .then()
                .statusCode(200);
        api.as(other)
                .body(Map.of("body", "Je peux encore parler ?"))
                .post("/api/v1/forum/topics/" + first + "/posts")
                .then()
                .statusCode(403)
                .body("detail", containsString("suspendu"));
    }

    @Test
    void newMembersPutAtMostTwoLinksInAPost() {
        Api api = new Api(base);
        String categoryId = category(api, "Outils");
        Member member = api.newMember("Hugo Lemaire");
        api.as(member)
                .body(
                        Map.of(
                                "categoryId",
                                categoryId,
                                "title",
                                "Trois liens utiles pour débuter",
                                "body",
                                "https://a.example https://b.example https://c.example",
                                "tags",
                                List.of()))
                .post("/api/v1/forum/topics")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("body"));
    }

    /** Mentions added by an edit notify the newly named members, and them only. */
    @Test
    void editingAPostToAddAMentionNotifiesOnlyTheNewlyMentionedMember() {
        Api api = new Api(base);
        String categoryId = category(api, "Accompagnement des publics");
        long suffix = System.nanoTime() % 100000;
        Member nadia = api.newMember("Nadia Rahmani " + suffix);
        Member karim = api.newMember("Karim Benali " + suffix);
        Member elise = api.newMember("Élise Bernard");
        String topicId =
                topic(api, api.newMember("Julien Morel"), categoryId, "Pass numérique en mairie");
        String nadiaMention = "@" + nadia.displayName().replace(' ', '_');
        String karimMention = "@" + karim.displayName().replace(' ', '_');
        String postId = reply(api, elise, topicId, "Demandons à " + nadiaMention + " !");
        assertEquals(1, mentions(api, nadia, postId));
        assertEquals(0, mentions(api, karim, postId));

        api.as(elise)
                .body(Map.of("body", "Demandons à " + nadiaMention + " et " + karimMention + " !"))
                .put("/api/v1/forum/posts/" + postId)
                .then()
                .statusCode(200);
        assertEquals(1, mentions(api, karim, postId), "the newly mentioned member hears of it");
        assertEquals(
                1, mentions(api, nadia, postId), "the member mentioned before is not told again");

        api.as(elise)
                .body(
                        Map.of(
                                "body",
                                "Demandons à "
                                        + karimMention
                                        + " et "
                                        + nadiaMention
                                        + ", merci !"))
                .put("/api/v1/forum/posts/" + postId)
                .then()
                .statusCode(200);
        assertEquals(
                1, mentions(api, karim, postId), "an edit naming the same people tells nobody");
        assertEquals(1, mentions(api, nadia, postId));
    }

    /** How many mention notifications about the post the member has. */
    static int mentions(Api api, Member member, String postId) {
        List<Map<String, Object>> items =
                api.as(member)
                        .get("/api/v1/notifications?size=50")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
        return (int)
                items.stream()
                        .filter(n -> "forum.mention".equals(n.get("kind")))
                        .filter(n -> String.valueOf(n.get("url")).endsWith("#message-" + postId))
                        .count();
    }

    /**
     * A new member opens at most 3 topics and writes at most 10 replies on their first day, with 2
     * links per post at most (on edits too); the refusals say why in French, as problem+json in the
     * API and on the page. The posting rate limits (one post per 5 s, one topic per 15 s) stay as
     * in production: the member waits them out, as a person would. Moderators are exempt.
     */
    @Test
    void newMembersAreLimitedOnTheirFirstDayAndModeratorsAreNot() {
        Api api = new Api(base);
        String categoryId = category(api, "Premiers pas");
        Member lina = api.newMember("Lina Roux");
        String topics = "/api/v1/forum/topics";
        String firstTopic =
                postOnceAllowed(
                        api,
                        lina,
                        topics,
                        newTopic(categoryId, "Premier sujet de Lina", List.of()));
        String replies = topics + "/" + firstTopic + "/posts";

        api.as(lina)
                .body(Map.of("body", "Voir https://a.example, https://b.example et www.c.example"))
                .post(replies)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.message", hasItem(containsString("au plus 2 liens")));
        String twoLinks =
                postOnceAllowed(
                        api,
                        lina,
                        replies,
                        Map.of("body", "Voir https://a.example et https://b.example"));
        api.as(lina)
                .body(
                        Map.of(
                                "body",
                                "Voir https://a.example, https://b.example, https://c.example"))
                .put("/api/v1/forum/posts/" + twoLinks)
                .then()
                .statusCode(422)
                .body("errors.message", hasItem(containsString("au plus 2 liens")));

        for (int reply = 2; reply <= 10; reply++) {
            postOnceAllowed(api, lina, replies, Map.of("body", "Réponse numéro " + reply));
            if (reply == 4 || reply == 7) {
                postOnceAllowed(
                        api,
                        lina,
                        topics,
                        newTopic(categoryId, "Sujet de Lina n° " + reply, List.of()));
            }
        }
        api.as(lina)
                .body(Map.of("body", "Onzième réponse"))
                .post(replies)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("au plus 10 réponses"));
        api.as(lina)
                .body(newTopic(categoryId, "Quatrième sujet de Lina", List.of()))
                .post(topics)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("au plus 3 sujets"));

        PageClient browser = PageClient.loggedIn(base, lina);
        Page refused =
                browser.submit(
                        browser.get("/forum/nouveau"),
                        "/forum/nouveau",
                        Map.of(
                                "categoryId", categoryId,
                                "title", "Quatrième sujet par la page",
                                "body", "Toujours pas permis aujourd’hui."));
        assertEquals(403, refused.status());
        assertTrue(refused.text().contains("au plus 3 sujets"), refused.text());
        Page replyRefused =
                browser.submit(
                        browser.get("/forum/sujets/" + firstTopic),
                        "/forum/sujets/" + firstTopic + "/repondre",
                        Map.of("body", "Onzième réponse par la page"));
        assertEquals(403, replyRefused.status());
        assertTrue(replyRefused.text().contains("au plus 10 réponses"));

        for (int i = 1; i <= 4; i++) {
            Map<String, Object> topic =
                    Map.of(
                            "categoryId",
                            categoryId,
                            "title",
                            "Annonce de l’équipe n° " + i,
                            "body",
                            "https://a.example https://b.example https://c.example",
                            "tags",
                            List.of());
            api.asAdmin().body(topic).post(topics).then().statusCode(201);
        }
    }

    /**
     * A member's export holds what they did in the forum, in full: the topics they opened, their
     * posts' Markdown with their history, the flags they raised, their watches and their silence;
     * another member's export holds none of it.
     */
    @Test
    void theDataExportHoldsTheMembersTopicsPostsFlagsWatchesAndSilence() {
        Api api = new Api(base);
        String categoryId = category(api, "Export des données");
        Member camille = api.newMember("Camille Export");
        Member karim = api.newMember("Karim Export");
        String karimTopic = topic(api, karim, categoryId, "Ateliers numériques pour les seniors");
        String karimPost = firstPost(api, karimTopic);
        String camilleTopic = topic(api, camille, categoryId, "Tablettes en médiathèque : retours");
        String replyId = reply(api, camille, karimTopic, "Je fais des **binômes**.");
        String edited = "Je fais des **binômes**.\nAvec des jeunes en service civique.";
        api.as(camille)
                .body(Map.of("body", edited))
                .put("/api/v1/forum/posts/" + replyId)
                .then()
                .statusCode(200);
        api.as(camille)
                .body(Map.of("reason", "OFF_TOPIC", "note", "Plutôt dans Outils"))
                .post("/api/v1/forum/posts/" + karimPost + "/flags")
                .then()
                .statusCode(201);
        api.as(camille)
                .body(Map.of("level", "WATCHING"))
                .put("/api/v1/forum/categories/" + categoryId + "/watch")
                .then()
                .statusCode(200);
        api.asAdmin()
                .body(Map.of("memberId", camille.id(), "days", 3, "reason", "Ton trop vif"))
                .post("/api/v1/forum/silences")
                .then()
                .statusCode(200);

        String reply = "content.forum.posts.find { it.id == '" + replyId + "' }";
        api.as(camille)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body(
                        "content.forum.topics.title",
                        equalTo(List.of("Tablettes en médiathèque : retours")))
                .body("content.forum.topics[0].id", equalTo(camilleTopic))
                .body("content.forum.topics[0].categoryName", containsString("Export des données"))
                .body("content.forum.topics[0].url", equalTo("/forum/sujets/" + camilleTopic))
                .body("content.forum.posts", hasSize(2))
                .body(
                        "content.forum.posts.find { it.topicId == '"
                                + camilleTopic
                                + "' }.markdown",
                        equalTo("Comment faites-vous avec les **seniors** ?"))
                .body(reply + ".markdown", equalTo(edited))
                .body(reply + ".topicTitle", equalTo("Ateliers numériques pour les seniors"))
                .body(reply + ".number", equalTo(2))
                .body(reply + ".revisions", hasSize(1))
                .body(reply + ".revisions[0].before", equalTo("Je fais des **binômes**."))
                .body(reply + ".revisions[0].after", equalTo(edited))
                .body(reply + ".revisions[0].editorName", equalTo("Camille Export"))
                .body("content.forum.flags", hasSize(1))
                .body("content.forum.flags[0].postId", equalTo(karimPost))
                .body("content.forum.flags[0].topicId", equalTo(karimTopic))
                .body("content.forum.flags[0].reason", equalTo("OFF_TOPIC"))
                .body("content.forum.flags[0].note", equalTo("Plutôt dans Outils"))
                .body(
                        "content.forum.watches.find { it.subject == 'CATEGORY' }.key",
                        equalTo(categoryId))
                .body(
                        "content.forum.watches.find { it.subject == 'CATEGORY' }.level",
                        equalTo("WATCHING"))
                .body(
                        "content.forum.watches.findAll { it.subject == 'TOPIC' }.name",
                        hasItem("Tablettes en médiathèque : retours"))
                .body("content.forum.silence.reason", equalTo("Ton trop vif"))
                .body("content.forum.editsOfOthersPosts", hasSize(0));

        api.as(karim)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body(
                        "content.forum.topics.title",
                        equalTo(List.of("Ateliers numériques pour les seniors")))
                .body("content.forum.posts", hasSize(1))
                .body("content.forum.posts[0].id", equalTo(karimPost))
                .body("content.forum.flags", hasSize(0))
                .body("content.forum.watches.findAll { it.subject == 'CATEGORY' }", hasSize(0))
                .body("content.forum.silence", nullValue());
    }

    /** Posts as the member once the rate limit lets them (a 429 changes nothing); the new id. */
    private static String postOnceAllowed(
            Api api, Member member, String path, Map<String, Object> body) {
        AtomicReference<Response> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            answer.set(api.as(member).body(body).post(path));
                            return answer.get().statusCode() != 429;
                        });
        assertEquals(201, answer.get().statusCode(), answer.get().asString());
        return answer.get().path("id");
    }
}
