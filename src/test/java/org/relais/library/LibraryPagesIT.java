package org.relais.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relais.library.KitFixtures.pdf;

import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.qa.QaApiIT;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/** The guided deposit as a visitor without JavaScript goes through it, then the kit's page. */
@ExtendWith(RelaisServer.class)
class LibraryPagesIT {
    @RelaisServer.Base URL base;

    /** The multipart form's action, which carries the CSRF token in its query. */
    static String uploadAction(Page page) {
        String action = page.document().select("form[enctype=multipart/form-data]").attr("action");
        assertTrue(action.contains("_csrf="), "the upload form carries its token: " + action);
        return action;
    }

    static String step(Page redirect) {
        assertEquals(303, redirect.status(), redirect.text());
        return redirect.location().replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void aMemberDepositsAKitStepByStepAndFindsItsLicenceOnItsPage() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Léa Dépose");
        PageClient browser = PageClient.loggedIn(base, author);
        String title = "Atelier tablette " + System.nanoTime();

        Page start = browser.get("/bibliotheque/deposer");
        assertEquals(200, start.status());
        Map<String, Object> details =
                Map.of(
                        "title",
                        title,
                        "summary",
                        "Découvrir la tablette en deux heures.",
                        "tags",
                        tag,
                        "durationMinutes",
                        "120");
        assertEquals(
                403,
                browser.postMultipart(
                                "/bibliotheque/deposer",
                                details,
                                "file",
                                Map.of("guide.pdf", pdf("Guide")))
                        .status(),
                "without its token the upload is refused");
        Page refused =
                browser.postMultipart(
                        uploadAction(start),
                        details,
                        "file",
                        Map.of("photo.png", "<html>piège</html>".getBytes()));
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("photo.png"), refused.text());
        assertEquals(
                title,
                refused.document().select("input[name=title]").attr("value"),
                "the form keeps what was typed");

        String origin =
                step(
                        browser.postMultipart(
                                uploadAction(start),
                                details,
                                "file",
                                Map.of("guide.pdf", pdf("Guide de la tablette"))));
        assertTrue(origin.matches("/bibliotheque/deposer/\\d+/origine"), origin);
        String draft = origin.replaceAll("\\D+", " ").trim().split(" ")[0];
        String prefix = "/bibliotheque/deposer/" + draft;

        Page originPage = browser.get(origin);
        assertEquals(200, originPage.status());
        assertEquals(
                prefix + "/details", originPage.document().select("a.form__cancel").attr("href"));
        Page missing =
                browser.submit(originPage, origin, Map.of("kind", "THIRD_PARTY", "owner", ""));
        assertEquals(422, missing.status());
        assertTrue(missing.text().contains("Indiquez à qui appartient l"), missing.text());

        Page fresh = PageClient.loggedIn(base, author).get(origin);
        assertEquals(200, fresh.status(), "the draft survives the end of the session");

        String licence = step(browser.submit(originPage, origin, Map.of("kind", "OWN")));
        assertEquals(prefix + "/licence", licence);
        Page licencePage = browser.get(licence);
        assertTrue(licencePage.text().contains("attendue pour une administration publique"));
        String grants =
                step(
                        browser.submit(
                                licencePage,
                                licence,
                                Map.of(
                                        "choix",
                                        "questions",
                                        "domainePublic",
                                        "non",
                                        "adaptations",
                                        "SHARE_ALIKE",
                                        "commercial",
                                        "non")));
        assertEquals(
                prefix + "/autorisations", grants, "an NC licence leaves room for extra grants");
        Page grantsPage = browser.get(grants);
        assertTrue(
                grantsPage.text().contains("Usage dans une formation payante"), grantsPage.text());
        String declaration =
                step(
                        browser.submit(
                                grantsPage, grants, Map.of("grant.PAID_TRAINING", "ON_REQUEST")));

        Page declarationPage = browser.get(declaration);
        Page notAccepted = browser.submit(declarationPage, declaration, Map.of());
        assertEquals(422, notAccepted.status());
        String summary =
                step(browser.submit(declarationPage, declaration, Map.of("accept", "oui")));

        Page summaryPage = browser.get(summary);
        assertTrue(summaryPage.text().contains("CC BY-NC-SA 4.0"), summaryPage.text());
        assertTrue(summaryPage.text().contains("guide.pdf"));
        String kitUrl = step(browser.submit(summaryPage, prefix + "/publier", Map.of()));
        assertTrue(kitUrl.matches("/bibliotheque/kits/\\d+"), kitUrl);

        Page kit = new PageClient(base).get(kitUrl);
        assertEquals(200, kit.status());
        assertEquals(title, kit.document().select("[property=dct:title]").text());
        assertEquals("Léa Dépose", kit.document().select("[property=cc:attributionName]").text());
        assertTrue(
                kit.document()
                        .select("a[rel=license]")
                        .attr("href")
                        .contains("creativecommons.org/licenses/by-nc-sa/4.0"));
        assertTrue(
                kit.document()
                        .select("a[rel=cc:morePermissions]")
                        .attr("href")
                        .endsWith(kitUrl + "/utiliser"));
        assertTrue(kit.document().select("#attribution-text").text().contains(title));
        assertTrue(
                kit.text().contains("Usage dans une formation payante : Sur demande"), kit.text());
        assertEquals(404, browser.get(prefix + "/origine").status(), "a published draft is gone");

        Page list = new PageClient(base).get("/bibliotheque?licence=CC-BY-NC-SA-4.0");
        assertTrue(list.text().contains(title));
    }

    @Test
    void aLaterStepAskedTooEarlySendsBackToTheFirstStepNotDone() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Yanis Pressé");
        PageClient browser = PageClient.loggedIn(base, author);
        Page start = browser.get("/bibliotheque/deposer");
        String origin =
                step(
                        browser.postMultipart(
                                uploadAction(start),
                                Map.of(
                                        "title",
                                        "Atelier pressé",
                                        "summary",
                                        "Résumé.",
                                        "tags",
                                        tag),
                                "file",
                                Map.of("fiche.pdf", pdf("Fiche"))));
        String prefix = origin.replace("/origine", "");
        assertEquals(origin, step(browser.get(prefix + "/recapitulatif")));
        Member other = api.newMember("Autre Membre");
        assertEquals(
                404,
                PageClient.loggedIn(base, other).get(origin).status(),
                "a draft is its author's");
    }
}
