package org.relais.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.platform.diagnostics.SqlCallCountFeature;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Deployments;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.TestServers;

/** The forum's pages, as a member without JavaScript uses them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumPagesIT {
    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relais();
    }

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
        assertEquals(200, new PageClient(base).get("/forum/sujets?tri=unanswered").status());
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
        PageClient moderator = new PageClient(base);
        moderator.submit(
                moderator.get("/connexion"),
                "/connexion",
                Map.of("email", TestServers.ADMIN_EMAIL, "password", TestServers.ADMIN_PASSWORD));
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
}
