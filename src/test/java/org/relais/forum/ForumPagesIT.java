package org.relais.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.platform.diagnostics.SqlCallCountFeature;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.EditConflictSteps;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;
import org.relais.testing.TestServers;

/** The forum's pages, as a member without JavaScript uses them. */
@ExtendWith(RelaisServer.class)
class ForumPagesIT {
    @RelaisServer.Base URL base;

    private PageClient loggedIn(Member member) {
        return PageClient.loggedIn(base, member);
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void aMemberOpensATopicAnotherQuotesItAndTheAuthorEditsAndDeletes() {
        Api api = new Api(base);
        String categoryId = ForumApiIT.category(api, "Accompagnement des publics");
        Member camille = api.newMember("Camille Lefèvre");
        Member karim = api.newMember("Karim Benali");

        PageClient visitor = new PageClient(base);
        Page index = visitor.get("/forum");
        assertEquals(200, index.status());
        assertTrue(index.text().contains("Accompagnement des publics"));
        assertTrue(index.document().select("nav a[href=/forum]").size() > 0);

        PageClient browser = loggedIn(camille);
        Page form = browser.get("/forum/nouveau?categorie=" + categoryId);
        assertEquals(200, form.status());
        Page invalid =
                browser.submit(
                        form,
                        "/forum/nouveau",
                        Map.of("categoryId", categoryId, "title", "Court", "body", "Texte"));
        assertEquals(422, invalid.status());
        assertTrue(invalid.text().contains("Le titre compte entre"));
        Page created =
                browser.submit(
                        invalid,
                        "/forum/nouveau",
                        Map.of(
                                "categoryId",
                                categoryId,
                                "title",
                                "Les seniors et la déclaration en ligne",
                                "body",
                                "Comment faites-vous **avec** eux ?",
                                "tags",
                                ""));
        assertEquals(303, created.status());
        String topicPath = path(created.location());
        assertTrue(topicPath.startsWith("/forum/sujets/"), topicPath);

        Page topic = visitor.get(topicPath);
        assertEquals(200, topic.status());
        assertEquals(
                "Les seniors et la déclaration en ligne", topic.document().select("h1").text());
        assertTrue(topic.text().contains("Connectez-vous pour répondre"));
        String firstPostId =
                topic.document().select("li.forum-post").first().id().replace("message-", "");

        PageClient karimBrowser = loggedIn(karim);
        Page withQuote = karimBrowser.get(topicPath + "?citer=" + firstPostId);
        String prefilled = withQuote.document().select("textarea[name=body]").text();
        assertTrue(prefilled.contains("> **Camille Lefèvre** a écrit :"), prefilled);
        assertEquals(
                firstPostId, withQuote.document().select("input[name=quotePostId]").attr("value"));
        Page replied =
                karimBrowser.submit(
                        withQuote,
                        topicPath + "/repondre",
                        Map.of(
                                "body",
                                prefilled + "\nEn binôme, elle tient la souris.",
                                "quotePostId",
                                firstPostId));
        assertEquals(303, replied.status());
        Page afterReply = visitor.get(topicPath);
        assertTrue(
                afterReply.document().select("blockquote").text().contains("Comment faites-vous"));
        assertTrue(afterReply.text().contains("En binôme, elle tient la souris."));

        // Karim may not edit Camille's post
        assertEquals(
                403, karimBrowser.get("/forum/messages/" + firstPostId + "/modifier").status());

        Page edit = browser.get("/forum/messages/" + firstPostId + "/modifier");
        assertEquals(200, edit.status());
        Page saved =
                browser.submit(
                        edit,
                        "/forum/messages/" + firstPostId + "/modifier",
                        Map.of("body", "Comment faites-vous **avec** eux ?\nEt pour les impôts ?"));
        assertEquals(303, saved.status());
        Page history = visitor.get("/forum/messages/" + firstPostId + "/historique");
        assertEquals(200, history.status());
        assertTrue(history.text().contains("Camille Lefèvre"));
        assertTrue(
                history.document()
                        .select(".forum-diff__added")
                        .text()
                        .contains("Et pour les impôts ?"));

        Page mine = browser.get(topicPath);
        Page deleted =
                browser.submit(mine, "/forum/messages/" + firstPostId + "/supprimer", Map.of());
        assertEquals(303, deleted.status());
        Page afterDelete = visitor.get(topicPath);
        assertTrue(afterDelete.text().contains("Message supprimé"));
        assertFalse(afterDelete.text().contains("Et pour les impôts ?"));
    }

    @Test
    void aMemberEditingInTwoTabsIsShownTheOtherSavedVersionAndKeepsTheirText() {
        Api api = new Api(base);
        String categoryId = ForumApiIT.category(api, "Animation d’ateliers");
        Member author = api.newMember("Léa Garnier");
        String topicId =
                ForumApiIT.topic(api, author, categoryId, "Un atelier sur les mots de passe");
        String postId = ForumApiIT.firstPost(api, topicId);
        EditConflictSteps.theSecondTabSeesTheFirstSaveThenReplacesItKnowingly(
                loggedIn(author),
                "/forum/messages/" + postId + "/modifier",
                Map.of("body", "Version du premier onglet."),
                Map.of("body", "Version du second onglet."),
                "body");
        String body = api.anonymous().get("/api/v1/forum/posts/" + postId).path("body");
        assertEquals("Version du second onglet.", body);
    }

    @Test
    void aVisitorWhoLogsInToReplyComesBackToTheTopic() {
        Api api = new Api(base);
        String topic =
                api.newTopic(
                        "Retours " + System.nanoTime(),
                        "Un poste public qui ne démarre plus",
                        "Écran noir au démarrage depuis hier.");
        Member member = api.newMember("Rose Retour");
        PageClient visitor = new PageClient(base);

        Page loggedIn = visitor.logInThroughLink(visitor.get("/forum/sujets/" + topic), member);

        assertEquals(303, loggedIn.status());
        assertEquals("/forum/sujets/" + topic, path(loggedIn.location()));
    }

    @Test
    void aMemberWatchesACategoryFromItsPageAndTheHomeShowsActiveDiscussions() {
        Api api = new Api(base);
        String categoryId = ForumApiIT.category(api, "Ateliers et animation");
        Member anne = api.newMember("Anne Petit");
        ForumApiIT.topic(api, anne, categoryId, "Atelier impression 3D pour les ados");
        PageClient browser = loggedIn(anne);
        Page category = browser.get("/forum/categories/" + categoryId);
        assertEquals(200, category.status());
        assertTrue(category.text().contains("Atelier impression 3D pour les ados"));
        String action = "/forum/categories/" + categoryId + "/suivi";
        Page watched = browser.submit(category, action, Map.of("level", "WATCHING"));
        assertEquals(303, watched.status());
        assertEquals(
                "WATCHING",
                browser.get("/forum/categories/" + categoryId)
                        .document()
                        .select("select[name=level] option[selected]")
                        .attr("value"));
        Page home = new PageClient(base).get("/");
        assertTrue(home.text().contains("Discussions actives"));
        Page unfiltered = new PageClient(base).get("/forum/sujets?tri=unanswered");
        assertEquals(200, unfiltered.status());
        assertEquals(
                "/forum/sujets?tri=unanswered",
                unfiltered.document().select(".forum-sorts a[aria-current=page]").attr("href"));
    }

    @Test
    void aMemberFlagsAPostAndAModeratorReviewsIt() {
        Api api = new Api(base);
        String categoryId = ForumApiIT.category(api, "Vie du réseau");
        Member author = api.newMember("Louis Caron");
        Member flagger = api.newMember("Rose Aubert");
        String topicId =
                ForumApiIT.topic(api, author, categoryId, "Formation gratuite, cliquez ici");
        String postId = ForumApiIT.firstPost(api, topicId);

        PageClient browser = loggedIn(flagger);
        Page topic = browser.get("/forum/sujets/" + topicId);
        String flagPath = "/forum/messages/" + postId + "/signaler";
        assertEquals(1, topic.document().select("a[href=" + flagPath + "]").size());
        Page form = browser.get(flagPath);
        assertEquals(200, form.status());
        Page missing = browser.submit(form, flagPath, Map.of("reason", "OTHER", "note", ""));
        assertEquals(422, missing.status());
        Page flagged =
                browser.submit(
                        missing, flagPath, Map.of("reason", "SPAM", "note", "Publicité déguisée"));
        assertEquals(303, flagged.status());

        assertEquals(403, browser.get("/moderation/forum").status());
        PageClient moderator = moderator();
        Page queue = moderator.get("/moderation/forum");
        assertEquals(200, queue.status());
        assertTrue(queue.text().contains("Publicité déguisée"));
        Page kept =
                moderator.submit(
                        queue, "/moderation/forum/messages/" + postId, Map.of("outcome", "KEPT"));
        assertEquals(303, kept.status());
        assertFalse(moderator.get("/moderation/forum").text().contains("Publicité déguisée"));

        String topicPath = "/forum/sujets/" + topicId;
        Page locked =
                moderator.submit(
                        moderator.get(topicPath),
                        topicPath + "/moderation",
                        Map.of("action", "LOCK"));
        assertEquals(303, locked.status());
        assertTrue(new PageClient(base).get(topicPath).text().contains("Verrouillé"));
    }

    /**
     * A topic with 200 replies, the first page written by 20 different members with a quote: the
     * page costs at most 3 SQL statements (topic, page of posts, authors), whatever it shows.
     */
    @Test
    void aTopicPageWith200RepliesCostsAtMostThreeQueries() {
        Api admin = new Api(base);
        String categoryId = ForumApiIT.category(admin, "Mesures");
        Member opener = new Api(base).newMember("Ouvreuse Du Sujet");
        String topicId = ForumApiIT.topic(admin, opener, categoryId, "Un sujet très suivi");
        String quoted = null;
        for (int i = 1; i < 20; i++) {
            Api api = new Api(base);
            Member member = api.newMember("Membre Numéro " + i);
            Map<String, Object> body =
                    quoted == null
                            ? Map.of("body", "Réponse " + i)
                            : Map.of("body", "Réponse " + i, "quotePostId", quoted);
            String id =
                    api.as(member)
                            .body(body)
                            .post("/api/v1/forum/topics/" + topicId + "/posts")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id");
            quoted = quoted == null ? id : quoted;
        }
        for (int i = 20; i <= 200; i++) {
            admin.asAdmin()
                    .body(Map.of("body", "Réponse de l’équipe " + i))
                    .post("/api/v1/forum/topics/" + topicId + "/posts")
                    .then()
                    .statusCode(201);
        }

        PageClient visitor = new PageClient(base);
        for (String page : new String[] {"", "?page=2", "?page=11"}) {
            Page shown = visitor.get("/forum/sujets/" + topicId + page);
            assertEquals(200, shown.status());
            int queries =
                    Integer.parseInt(
                            shown.response()
                                    .headers()
                                    .firstValue(SqlCallCountFeature.HEADER)
                                    .orElseThrow());
            assertTrue(queries <= 3, "page " + page + " cost " + queries + " SQL statements");
            assertTrue(queries >= 1, "the count must see the page's own queries");
        }
        assertTrue(visitor.get("/forum/sujets/" + topicId).text().contains("Membre Numéro 19"));
    }

    private PageClient moderator() {
        PageClient moderator = new PageClient(base);
        moderator.submit(
                moderator.get("/connexion"),
                "/connexion",
                Map.of("email", TestServers.ADMIN_EMAIL, "password", TestServers.ADMIN_PASSWORD));
        return moderator;
    }

    /** A topic opened by the administrator with one new tag; the tag's slug. */
    private static String taggedTopic(Api api, String categoryId, String title, String tagLabel) {
        List<String> slugs =
                api.asAdmin()
                        .body(ForumApiIT.newTopic(categoryId, title, List.of(tagLabel)))
                        .post("/api/v1/forum/topics")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("tags");
        return slugs.get(0);
    }

    @Test
    void topicsShowTagLabelsLinkingToTheTagPageWhereAMemberWatchesTheTag() {
        Api api = new Api(base);
        String categoryId = ForumApiIT.category(api, "Fabrication numérique");
        String label = "Impression 3D Ados " + System.nanoTime() % 100000;
        String slug = taggedTopic(api, categoryId, "Un atelier impression 3D pour les ados", label);
        assertTrue(slug.startsWith("impression-3d-ados-"), slug);
        Member anne = api.newMember("Anne Petit");
        PageClient browser = loggedIn(anne);

        String tagPath = "/forum/etiquettes/" + slug;
        for (String listing : new String[] {"/forum/sujets", "/forum/categories/" + categoryId}) {
            Page list = browser.get(listing);
            assertEquals(label, list.document().select("a[href=" + tagPath + "]").text(), listing);
        }
        Page tagPage = browser.get(tagPath);
        assertEquals(200, tagPage.status());
        assertEquals("Étiquette : " + label, tagPage.document().select("h1").text());
        assertTrue(tagPage.text().contains("Un atelier impression 3D pour les ados"));
        assertEquals(
                "DEFAULT",
                tagPage.document().select("select[name=level] option[selected]").attr("value"));
        Page watched = browser.submit(tagPage, tagPath + "/suivi", Map.of("level", "WATCHING"));
        assertEquals(303, watched.status());
        assertEquals(tagPath, path(watched.location()));
        assertEquals(
                "WATCHING",
                browser.get(tagPath)
                        .document()
                        .select("select[name=level] option[selected]")
                        .attr("value"));
        api.as(anne)
                .get("/api/v1/forum/tags/" + slug + "/watch")
                .then()
                .body("level", org.hamcrest.Matchers.equalTo("WATCHING"));
        assertEquals(
                422,
                browser.submit(browser.get(tagPath), tagPath + "/suivi", Map.of("level", "FORT"))
                        .status(),
                "an unknown level is refused");
        assertEquals(404, browser.get("/forum/etiquettes/pas-une-etiquette-connue").status());
        assertTrue(
                new PageClient(base).get(tagPath).document().select("select[name=level]").isEmpty(),
                "visitors get no watch form");

        String topicId =
                ForumApiIT.topic(api, api.newMember("Paul Girard"), categoryId, "Filament PLA");
        String topicPath = "/forum/sujets/" + topicId;
        Page topic = browser.get(topicPath);
        Page muted = browser.submit(topic, topicPath + "/suivi", Map.of("level", "MUTED"));
        assertEquals(topicPath, path(muted.location()));
        assertEquals(
                "MUTED",
                browser.get(topicPath)
                        .document()
                        .select("select[name=level] option[selected]")
                        .attr("value"));
    }

    @Test
    void theTopicListSortsAndFiltersByTagFromItsQuery() {
        Api api = new Api(base);
        String categoryId = ForumApiIT.category(api, "Fabrication numérique");
        String label = "Tri Etiquette " + System.nanoTime() % 100000;
        String slug = taggedTopic(api, categoryId, "Un sujet encore sans réponse", label);

        Page list = new PageClient(base).get("/forum/sujets?tri=unanswered&etiquette=" + slug);
        assertEquals(200, list.status());
        assertTrue(list.text().contains("Un sujet encore sans réponse"), list.text());
        assertEquals(
                "/forum/sujets?tri=unanswered&etiquette=" + slug,
                list.document().select(".forum-sorts a[aria-current=page]").attr("href"));
        assertEquals(
                "Étiquette : " + slug,
                list.document().select("p > a[href=/forum/etiquettes/" + slug + "]").text());
    }

    @Test
    void aModeratorSilencesAMemberFromAPostAndEndsTheSilence() {
        Api api = new Api(base);
        String categoryId = ForumApiIT.category(api, "Vie du réseau");
        Member hugo = api.newMember("Hugo Lemaire");
        String topicId = ForumApiIT.topic(api, hugo, categoryId, "Des propos qui dérapent");
        PageClient moderator = moderator();
        String formPath = "/moderation/forum/silences?membre=" + hugo.id();
        Page topic = moderator.get("/forum/sujets/" + topicId);
        assertEquals(1, topic.document().select("a[href=" + formPath + "]").size());

        Page form = moderator.get(formPath);
        assertEquals(200, form.status());
        assertTrue(form.text().contains("Suspendre Hugo Lemaire du forum"));
        Page noDate =
                moderator.submit(
                        form,
                        "/moderation/forum/silences",
                        Map.of(
                                "memberId",
                                hugo.id(),
                                "length",
                                "custom",
                                "until",
                                "",
                                "reason",
                                ""));
        assertEquals(422, noDate.status());
        assertTrue(noDate.text().contains("La date de fin tombe dans l’avenir"));
        Page past =
                moderator.submit(
                        noDate,
                        "/moderation/forum/silences",
                        Map.of(
                                "memberId", hugo.id(),
                                "length", "custom",
                                "until", "2020-01-01",
                                "reason", ""));
        assertEquals(422, past.status());
        Page silenced =
                moderator.submit(
                        past,
                        "/moderation/forum/silences",
                        Map.of(
                                "memberId", hugo.id(),
                                "length", "7d",
                                "until", "",
                                "reason", "Propos blessants envers une bénévole"));
        assertEquals(303, silenced.status());
        Page list = moderator.get("/moderation/forum/silences");
        assertTrue(list.text().contains("Hugo Lemaire"));
        assertTrue(list.text().contains("Propos blessants envers une bénévole"));
        api.as(hugo)
                .body(Map.of("body", "Je continue quand même."))
                .post("/api/v1/forum/topics/" + topicId + "/posts")
                .then()
                .statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("suspendu"));

        PageClient hugoBrowser = loggedIn(hugo);
        assertEquals(403, hugoBrowser.get("/moderation/forum/silences").status());
        String endPath = "/moderation/forum/silences/" + hugo.id() + "/lever";
        String hugoToken =
                hugoBrowser
                        .get("/forum/sujets/" + topicId)
                        .document()
                        .select("input[name=_csrf]")
                        .attr("value");
        assertEquals(403, hugoBrowser.post(endPath, Map.of("_csrf", hugoToken)).status());

        Page ended = moderator.submit(list, endPath, Map.of());
        assertEquals(303, ended.status());
        assertFalse(moderator.get("/moderation/forum/silences").text().contains("Hugo Lemaire"));
        ForumApiIT.reply(api, hugo, topicId, "Je reformule, avec mes excuses.");
    }

    @Test
    void aModeratorMovesATopicWithAListAndMergesItIntoATopicFoundByTitleOrAddress() {
        Api api = new Api(base);
        String from = ForumApiIT.category(api, "Questions diverses");
        String to = ForumApiIT.category(api, "Logiciels libres en EPN");
        Member rose = api.newMember("Rose Aubert");
        String words = "PrimTux " + System.nanoTime() % 100000;
        String source = ForumApiIT.topic(api, rose, from, "Installer " + words + " sur les postes");
        String target =
                ForumApiIT.topic(api, api.newMember("Louis Caron"), to, words + " en salle");
        PageClient moderator = moderator();
        String sourcePath = "/forum/sujets/" + source;

        Page topic = moderator.get(sourcePath);
        assertTrue(
                topic.document().select("select#move-category option[value=" + to + "]").size()
                        == 1);
        Page moved =
                moderator.submit(
                        topic,
                        sourcePath + "/moderation",
                        Map.of("action", "MOVE", "categoryId", to));
        assertEquals(303, moved.status());
        assertTrue(
                new PageClient(base)
                        .get("/forum/categories/" + to)
                        .text()
                        .contains("Installer " + words));

        String mergePath = sourcePath + "/fusion";
        assertEquals(422, moderator.get(mergePath + "?q=P").status());
        assertEquals(403, loggedIn(rose).get(mergePath + "?q=PrimTux").status());
        Page byTitle = moderator.get(mergePath + "?q=" + words.replace(' ', '+'));
        assertEquals(200, byTitle.status());
        assertEquals(
                List.of(target),
                byTitle.document().select("input[name=targetTopicId]").eachAttr("value"),
                "the topic itself is not offered");
        String address = base.toString().replaceAll("/$", "") + "/forum/sujets/" + target;
        Page byAddress =
                moderator.get(
                        mergePath
                                + "?q="
                                + java.net.URLEncoder.encode(
                                        address, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(
                "checked",
                byAddress
                        .document()
                        .select("input[name=targetTopicId][value=" + target + "]")
                        .attr("checked"));
        Page merged =
                moderator.submit(
                        byAddress,
                        sourcePath + "/moderation",
                        Map.of("action", "MERGE", "targetTopicId", target));
        assertEquals(303, merged.status());
        assertEquals("/forum/sujets/" + target, path(merged.location()));
        Page old = new PageClient(base).get(sourcePath);
        assertEquals(303, old.status());
        assertEquals(
                2,
                new PageClient(base)
                        .get("/forum/sujets/" + target)
                        .document()
                        .select("li.forum-post")
                        .size(),
                "the merged topic's post follows the target's own");
    }
}
