package org.relais.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relais.library.KitFixtures.pdf;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.qa.QaApiIT;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.FieldErrorLinks;
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
    void detailsWithoutTitleOrTagsAreExplainedBesideEachField() {
        Member author = new Api(base).newMember("Léo Pressé");
        PageClient browser = PageClient.loggedIn(base, author);
        Page start = browser.get("/bibliotheque/deposer");
        assertTrue(start.document().select("[aria-invalid]").isEmpty(), "no error before sending");
        assertEquals(
                "tags-hint", start.document().selectFirst("input#tags").attr("aria-describedby"));
        Page refused =
                browser.postMultipart(
                        uploadAction(start),
                        Map.of("title", "", "summary", "Un résumé.", "tags", "", "level", "EXPERT"),
                        "file",
                        Map.of("guide.pdf", pdf("Guide")));
        assertEquals(422, refused.status());
        FieldErrorLinks.assertFieldShowsError(refused, "input#title", "title", "Indiquez un titre");
        FieldErrorLinks.assertFieldShowsError(refused, "input#tags", "tags", "Indiquez au moins 1");
        assertEquals(
                "tags-hint tags-error",
                refused.document().selectFirst("input#tags").attr("aria-describedby"));
        FieldErrorLinks.assertFieldShowsError(
                refused, "select#level", "level", "Choisissez un niveau");
    }

    @Test
    void aRemixCheckWithoutLicencesIsExplainedBesideTheChoices() {
        Page refused = new PageClient(base).get("/bibliotheque/remix?par=licences");
        assertEquals(422, refused.status());
        FieldErrorLinks.assertFieldShowsError(
                refused,
                "fieldset:has(input[name=licences])",
                "licences",
                "Cochez au moins une licence");
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
        FieldErrorLinks.assertFieldShowsError(refused, "input#file", "file", "photo.png");
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
        FieldErrorLinks.assertFieldShowsError(
                missing, "fieldset:has(input[name=kind])", "origin", "Indiquez à qui appartient l");

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
        FieldErrorLinks.assertFieldShowsError(
                notAccepted,
                "input#declarationAccepted",
                "declarationAccepted",
                "Cochez la déclaration");
        String summary =
                step(
                        browser.submit(
                                declarationPage,
                                declaration,
                                Map.of("declarationAccepted", "oui")));

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
        Page bogus = new PageClient(base).get("/bibliotheque?type=tableur-magique");
        assertEquals(422, bogus.status());
        assertTrue(bogus.text().contains("Le type de fichier « tableur-magique » n’existe pas"));
    }

    @Test
    void aNewVersionStartedBeforeAnotherWasPublishedShowsItBeforeReplacingIt() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Hugo Deux Versions");
        String kitId = LibraryApiIT.deposit(api, author, "Atelier messagerie", tag, "CC-BY-4.0");
        PageClient browser = PageClient.loggedIn(base, author);
        String first = versionToPublish(browser, kitId, "Atelier messagerie : pièces jointes", tag);
        String second = versionToPublish(browser, kitId, "Atelier messagerie : trier", tag);
        Page firstSummary = browser.get(first + "/recapitulatif");
        Page secondSummary = browser.get(second + "/recapitulatif");
        String seen = secondSummary.document().select("input[name=revision]").attr("value");
        assertFalse(seen.isEmpty(), "the summary of a new version carries the kit's revision");

        step(browser.submit(firstSummary, first + "/publier", Map.of("revision", seen)));
        Page conflict =
                browser.submit(secondSummary, second + "/publier", Map.of("revision", seen));
        assertEquals(409, conflict.status());
        assertTrue(conflict.text().contains("pour ne pas effacer la sienne"));
        assertTrue(conflict.document().select(".edit-conflict").text().contains("pièces jointes"));
        assertTrue(
                conflict.document().select(".facts").text().contains("Atelier messagerie : trier"));
        String current = conflict.document().select("input[name=revision]").attr("value");
        assertNotEquals(seen, current);

        String kitUrl =
                step(browser.submit(conflict, second + "/publier", Map.of("revision", current)));
        Page kit = new PageClient(base).get(kitUrl);
        assertEquals(
                "Atelier messagerie : trier", kit.document().select("[property=dct:title]").text());
    }

    /** A new version of the kit taken through every step: the address of its draft. */
    private static String versionToPublish(
            PageClient browser, String kitId, String title, String tag) {
        String start = "/bibliotheque/deposer/nouvelle-version/" + kitId;
        String details =
                step(browser.submit(browser.get("/bibliotheque/kits/" + kitId), start, Map.of()));
        Page detailsPage = browser.get(details);
        String origin =
                step(
                        browser.postMultipart(
                                uploadAction(detailsPage),
                                Map.of(
                                        "title",
                                        title,
                                        "summary",
                                        "Une version revue.",
                                        "tags",
                                        tag),
                                "file",
                                Map.of()));
        String licence = step(browser.submit(browser.get(origin), origin, Map.of("kind", "OWN")));
        String declaration =
                step(browser.submit(browser.get(licence), licence, Map.of("licence", "CC-BY-4.0")));
        step(
                browser.submit(
                        browser.get(declaration),
                        declaration,
                        Map.of("declarationAccepted", "oui")));
        return details.replace("/details", "");
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

    /** A draft with its details saved: the address of its origin step. */
    static String draftAt(PageClient browser, String title, String tag) {
        Page start = browser.get("/bibliotheque/deposer");
        return step(
                browser.postMultipart(
                        uploadAction(start),
                        Map.of(
                                "title",
                                title,
                                "summary",
                                "Un atelier qui en réunit deux.",
                                "tags",
                                tag),
                        "file",
                        Map.of("fiche.pdf", pdf("Fiche " + title))));
    }

    @Test
    void anAdaptationShowsTheRemixVerdictOffersOnlyItsLicencesAndCarriesTheSourcesAttribution() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Aude Remixe");
        String by = LibraryApiIT.deposit(api, author, "Créer son adresse e-mail", tag, "CC-BY-4.0");
        String sa = LibraryApiIT.deposit(api, author, "Visio en famille", tag, "CC-BY-SA-4.0");
        String nc = LibraryApiIT.deposit(api, author, "Déclarer ses impôts", tag, "CC-BY-NC-4.0");
        PageClient browser = PageClient.loggedIn(base, author);
        String title = "Garder le contact " + System.nanoTime();

        String origin = draftAt(browser, title, tag);
        String prefix = origin.replace("/origine", "");
        Page originPage = browser.get(origin);
        assertTrue(originPage.text().contains("Une adaptation ou un remix de kits"));
        Page unreadable =
                browser.submit(
                        originPage,
                        origin,
                        Map.of("kind", "ADAPTATION", "sources", "quelque-chose"));
        assertEquals(422, unreadable.status());
        assertTrue(
                unreadable.text().contains("« quelque-chose » n’est ni un numéro de kit"),
                unreadable.text());

        String sources =
                step(
                        browser.submit(
                                originPage,
                                origin,
                                Map.of(
                                        "kind",
                                        "ADAPTATION",
                                        "sources",
                                        by,
                                        "sourceKits",
                                        List.of(sa))));
        assertEquals(prefix + "/sources", sources);
        Page verdict = browser.get(sources);
        assertEquals(200, verdict.status());
        assertTrue(verdict.text().contains("peuvent être combinées"), verdict.text());
        assertEquals(
                List.of("CC BY-SA 4.0"),
                verdict.document().select(".remix-verdict__licences strong").eachText());
        String block = verdict.document().select("#remix-attribution").text();
        assertTrue(
                block.contains("Créer son adresse e-mail") && block.contains("Visio en famille"),
                block);

        String licence = prefix + "/licence";
        Page licencePage = browser.get(licence);
        assertEquals(
                List.of("CC-BY-SA-4.0"),
                licencePage.document().select("input[name=licence]").eachAttr("value"),
                "only the licences the sources allow are offered");
        Page refused =
                browser.submit(
                        licencePage, licence, Map.of("choix", "direct", "licence", "CC-BY-4.0"));
        assertEquals(422, refused.status());
        assertTrue(
                refused.text().contains("ne permettent pas la licence CC BY 4.0"), refused.text());
        String next =
                step(
                        browser.submit(
                                licencePage,
                                licence,
                                Map.of("choix", "direct", "licence", "CC-BY-SA-4.0")));
        Page declarationPage = browser.get(next);
        String summary =
                step(
                        browser.submit(
                                declarationPage,
                                prefix + "/declaration",
                                Map.of("declarationAccepted", "oui")));
        Page summaryPage = browser.get(summary);
        assertTrue(summaryPage.text().contains("2 kits adaptés"), summaryPage.text());
        String kitUrl = step(browser.submit(summaryPage, prefix + "/publier", Map.of()));

        String attribution =
                new PageClient(base).get(kitUrl).document().select("#attribution-text").text();
        assertTrue(attribution.contains(title), attribution);
        assertTrue(attribution.contains("Adapté de :"), attribution);
        assertTrue(
                attribution.contains("Créer son adresse e-mail")
                        && attribution.contains("Visio en famille"),
                attribution);

        String blocked = draftAt(browser, "Impôts en visio " + System.nanoTime(), tag);
        Page blockedOrigin = browser.get(blocked);
        String blockedSources =
                step(
                        browser.submit(
                                blockedOrigin,
                                blocked,
                                Map.of(
                                        "kind",
                                        "ADAPTATION",
                                        "sources",
                                        sa + ", /bibliotheque/kits/" + nc)));
        Page incompatible = browser.get(blockedSources);
        assertTrue(
                incompatible.text().contains("ne peuvent pas être combinées"), incompatible.text());
        assertTrue(
                incompatible.document().select(".form__actions a.button").isEmpty(),
                "no way on to the licence");
        String blockedLicence = blockedSources.replace("/sources", "/licence");
        Page blockedLicencePage = browser.get(blockedLicence);
        assertTrue(blockedLicencePage.document().select("input[name=licence]").isEmpty());
        assertEquals(
                422,
                browser.submit(
                                blockedLicencePage,
                                blockedLicence,
                                Map.of("choix", "direct", "licence", "CC-BY-SA-4.0"))
                        .status(),
                "incompatible sources block the deposit");
    }

    @Test
    void theLibrarysHeadingsGoDownOneLevelAtATimeToTheKitTitles() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Léa Titres");
        LibraryApiIT.deposit(api, author, "Ranger ses fichiers", tag, "CC-BY-4.0");

        Page list = new PageClient(base).get("/bibliotheque?etiquette=" + tag);

        assertEquals(200, list.status());
        assertEquals(
                List.of("Ranger ses fichiers"),
                list.document().select(".kit-card__title").eachText());
        int previous = 1;
        for (var heading : list.document().select("main *")) {
            if (!heading.tagName().matches("h[1-6]")) {
                continue;
            }
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertTrue(
                    level <= previous + 1,
                    "no heading level skipped before « " + heading.text() + " » (h" + level + ")");
            previous = level;
        }
    }

    @Test
    void theRemixPageChecksKitsOrLicencesAndIsLinkedFromTheLibrary() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Jules Vérifie");
        String by = LibraryApiIT.deposit(api, author, "Sauvegarder ses photos", tag, "CC-BY-4.0");
        PageClient visitor = new PageClient(base);

        assertEquals(
                1,
                visitor.get("/bibliotheque")
                        .document()
                        .select("a[href=/bibliotheque/remix]")
                        .size());
        Page form = visitor.get("/bibliotheque/remix");
        assertEquals(200, form.status());
        assertTrue(form.document().select(".remix-verdict").isEmpty());

        Page byLicences =
                visitor.get(
                        "/bibliotheque/remix?par=licences&licences=CC-BY-4.0&licences=CC-BY-SA-4.0");
        assertEquals(200, byLicences.status());
        assertEquals(
                List.of("CC BY-SA 4.0"),
                byLicences.document().select(".remix-verdict__licences strong").eachText());
        Page conflict =
                visitor.get(
                        "/bibliotheque/remix?par=licences&licences=CC-BY-SA-4.0&licences=CC-BY-NC-4.0");
        assertTrue(conflict.text().contains("ne peuvent pas être combinées"), conflict.text());

        Page byKits = visitor.get("/bibliotheque/remix?par=kits&sources=/bibliotheque/kits/" + by);
        assertEquals(200, byKits.status());
        assertTrue(
                byKits.document()
                        .select("#remix-attribution")
                        .text()
                        .contains("Sauvegarder ses photos"));
        Page unknown = visitor.get("/bibliotheque/remix?par=kits&sources=999999999");
        assertEquals(422, unknown.status());
        assertTrue(
                unknown.text().contains("n° 999999999 n’existe pas")
                        || unknown.text().contains("n° 999999999 n'existe pas"),
                unknown.text());
        assertEquals(422, visitor.get("/bibliotheque/remix?par=licences").status());
    }

    @Test
    void abandonedDraftsAndTheFilesOnlyTheyNamedAreCleanedUpButPublishedFilesStay() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Nina Abandonne");
        byte[] shared = pdf("Guide publié puis repris " + System.nanoTime());
        byte[] draftOnly = pdf("Brouillon jamais publié " + System.nanoTime());
        KitFixtures.post(
                        api.as(author),
                        "/api/v1/kits",
                        KitFixtures.kitJson("Guide publié", tag, "CC-BY-4.0", true),
                        "guide.pdf",
                        shared)
                .then()
                .statusCode(201);
        PageClient browser = PageClient.loggedIn(base, author);
        Page start = browser.get("/bibliotheque/deposer");
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("guide.pdf", shared);
        files.put("brouillon.pdf", draftOnly);
        String origin =
                step(
                        browser.postMultipart(
                                uploadAction(start),
                                Map.of(
                                        "title",
                                        "Brouillon oublié",
                                        "summary",
                                        "Résumé.",
                                        "tags",
                                        tag),
                                "file",
                                files));
        assertTrue(java.nio.file.Files.exists(LibraryApiIT.stored(KitFixtures.sha256(draftOnly))));

        api.as(author).post("/api/v1/kit-drafts/cleanup?olderThan=PT0S").then().statusCode(403);
        api.asAdmin()
                .post("/api/v1/kit-drafts/cleanup?olderThan=demain")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        int drafts =
                api.asAdmin()
                        .post("/api/v1/kit-drafts/cleanup?olderThan=PT0S")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("drafts");
        assertTrue(drafts >= 1, "the draft was old enough: " + drafts);
        assertEquals(404, browser.get(origin).status(), "the abandoned draft is gone");
        assertTrue(
                java.nio.file.Files.notExists(LibraryApiIT.stored(KitFixtures.sha256(draftOnly))),
                "a file only the draft named is deleted");
        assertTrue(
                java.nio.file.Files.exists(LibraryApiIT.stored(KitFixtures.sha256(shared))),
                "a file of a published version is kept");
    }

    @Test
    void thePlacesFieldOffersAnyPlaceOfTheDirectoryNotOnlyTheDepositorsOwn() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String name = "Médiathèque Zéphyrine " + System.nanoTime();
        String place =
                org.relais.directory.DirectoryApiIT.createPlace(
                        api,
                        api.newMember("Gérante Zéphyrine"),
                        org.relais.directory.DirectoryApiIT.aPlace(name));
        Member author = api.newMember("Théo Sans Lieu");
        PageClient browser = PageClient.loggedIn(base, author);
        Page start = browser.get("/bibliotheque/deposer");
        String label = name + " (Rennes)";
        assertTrue(
                start.document()
                        .select("datalist#directory-places option")
                        .eachAttr("value")
                        .contains(label),
                "the field suggests a place the depositor does not work at");
        assertEquals(
                1,
                start.document().select("label[for=placeOther-1]").size(),
                "the field is labelled");

        Map<String, Object> details =
                new java.util.HashMap<>(
                        Map.of(
                                "title",
                                "Atelier à la médiathèque",
                                "summary",
                                "Résumé.",
                                "tags",
                                tag));
        details.put("placeOther", "Lieu qui n'existe pas " + System.nanoTime());
        Page refused =
                browser.postMultipart(
                        uploadAction(start), details, "file", Map.of("fiche.pdf", pdf("Fiche")));
        assertEquals(422, refused.status());
        assertTrue(
                refused.text().contains("Aucun lieu de l’annuaire ne s’appelle"), refused.text());

        details.put("placeOther", label.toUpperCase(java.util.Locale.ROOT));
        String origin =
                step(
                        browser.postMultipart(
                                uploadAction(start),
                                details,
                                "file",
                                Map.of("fiche.pdf", pdf("Fiche"))));
        Page again = browser.get(origin.replace("/origine", "/details"));
        assertEquals(200, again.status());
        assertTrue(
                again.document()
                        .select("input[name=places][value=" + place + "]")
                        .hasAttr("checked"),
                "the place chosen by its name is kept by its id: " + again.text());
        assertTrue(again.text().contains(label));
    }
}
