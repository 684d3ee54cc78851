package org.relais.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Outbox;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/** The account journey through the pages, as a visitor without JavaScript lives it. */
@ExtendWith(RelaisServer.class)
class AccountPagesIT {
    private static final String SESSION = "RELAIS_SESSION";

    @RelaisServer.Base URL base;

    @Test
    void aVisitorRegistersConfirmsLogsInEditsTheirProfileAndLogsOut() {
        PageClient browser = new PageClient(base);
        String email = "mediatrice." + System.nanoTime() + "@exemple.fr";
        String password = "ateliers numériques du jeudi";

        Page form = browser.get("/inscription");
        assertEquals(200, form.status());
        Page registered =
                browser.submit(
                        form,
                        "/inscription",
                        Map.of(
                                "displayName",
                                "Nadia Moreau",
                                "email",
                                email,
                                "password",
                                password));
        assertEquals(200, registered.status());
        assertTrue(registered.text().contains(email), registered.text());

        Page confirmed =
                browser.get(
                        "/inscription/confirmer?jeton="
                                + Outbox.awaitMail(email, "Confirmez").linkToken());
        assertEquals(200, confirmed.status());

        Page login = browser.get("/connexion?retour=/profil");
        String anonymousSession = browser.cookie(SESSION).orElseThrow();
        Page afterLogin =
                browser.submit(
                        login,
                        "/connexion",
                        Map.of("email", email, "password", password, "retour", "/profil"));
        assertEquals(303, afterLogin.status());
        assertTrue(afterLogin.location().endsWith("/profil"), afterLogin.location());
        assertNotEquals(
                anonymousSession,
                browser.cookie(SESSION).orElseThrow(),
                "a new session id after login");

        Page profile = browser.get("/profil");
        assertEquals(200, profile.status());
        assertEquals("Nadia Moreau", profile.document().select("input[name=displayName]").val());
        Page saved =
                browser.submit(
                        profile,
                        "/profil",
                        Map.of(
                                "displayName", "Nadia Moreau",
                                "bio", "J'accompagne les **demandeurs d'emploi**.",
                                "city", "Marseille",
                                "skills", "Emploi, visioconférence"));
        assertEquals(303, saved.status());
        Page reloaded = browser.get("/profil?enregistre");
        assertEquals("Marseille", reloaded.document().select("input[name=city]").val());
        assertEquals(
                "Emploi, visioconférence",
                reloaded.document().select("input[name=skills]").val(),
                "the skills read back as the member typed them");

        String id = reloaded.document().select("a[href^=/membres/]").attr("href");
        Page publicProfile = browser.get(id);
        assertTrue(
                publicProfile.document().select("strong").text().contains("demandeurs d'emploi"));
        assertEquals(
                List.of("Emploi", "visioconférence"),
                publicProfile.document().select("main li.tag").eachText(),
                "the public profile shows the skills in the member's words, not as slugs");
        assertFalse(
                publicProfile.text().contains(email), "the public profile never shows the e-mail");

        Page logout = browser.submit(browser.get("/profil"), "/deconnexion", Map.of());
        assertEquals(303, logout.status());
        Page afterLogout = browser.get("/profil");
        assertEquals(303, afterLogout.status());
        assertTrue(afterLogout.location().contains("/connexion"), afterLogout.location());
    }

    @Test
    void aFormWithErrorsShowsEachMessageBesideItsFieldAndKeepsTheInput() {
        PageClient browser = new PageClient(base);
        Page form = browser.get("/inscription");
        Page refused =
                browser.submit(
                        form,
                        "/inscription",
                        Map.of(
                                "displayName",
                                "Anne",
                                "email",
                                "anne-sans-arobase",
                                "password",
                                "court"));
        assertEquals(422, refused.status());
        Element email = refused.document().selectFirst("input[name=email]");
        assertEquals("anne-sans-arobase", email.val(), "the typed value is kept");
        assertEquals("true", email.attr("aria-invalid"));
        String besideTheField =
                java.util.Arrays.stream(email.attr("aria-describedby").split(" "))
                        .map(id -> refused.document().getElementById(id))
                        .filter(java.util.Objects::nonNull)
                        .map(Element::text)
                        .collect(java.util.stream.Collectors.joining(" "));
        assertTrue(besideTheField.contains("pas valide"), besideTheField);
        assertTrue(refused.text().contains("12 caractères"), refused.text());
        assertTrue(Outbox.mailsTo("anne-sans-arobase").isEmpty());
    }

    @Test
    void aPostWithoutTheFormTokenOrFromAnotherSiteIsRefusedAndChangesNothing() {
        PageClient browser = new PageClient(base);
        String email = "csrf." + System.nanoTime() + "@exemple.fr";
        browser.get("/inscription");
        Page forged =
                browser.post(
                        "/inscription",
                        Map.of(
                                "displayName",
                                "Pirate",
                                "email",
                                email,
                                "password",
                                "phrase de passe longue"));
        assertEquals(403, forged.status());
        assertTrue(forged.text().contains("formulaire"), forged.text());

        Page form = browser.get("/inscription");
        String token = form.document().select("input[name=_csrf]").val();
        Page foreign =
                browser.post(
                        "/inscription",
                        Map.of(
                                "displayName",
                                "Pirate",
                                "email",
                                email,
                                "password",
                                "phrase de passe longue",
                                "_csrf",
                                token),
                        Map.of("Origin", "https://attaquant.example"));
        assertEquals(403, foreign.status());
        assertTrue(Outbox.mailsTo(email).isEmpty(), "no account was created");
    }

    @Test
    void aForgottenPasswordIsResetThroughThePages() {
        PageClient browser = new PageClient(base);
        String email = "oubli." + System.nanoTime() + "@exemple.fr";
        registerAndConfirm(browser, "Thomas Girard", email, "première phrase de passe");

        Page sent =
                browser.submit(
                        browser.get("/mot-de-passe-oublie"),
                        "/mot-de-passe-oublie",
                        Map.of("email", email));
        assertEquals(200, sent.status());
        String token = Outbox.awaitMail(email, "Réinitialisation").linkToken();
        Page resetForm = browser.get("/mot-de-passe/nouveau?jeton=" + token);
        Page done =
                browser.submit(
                        resetForm,
                        "/mot-de-passe/nouveau",
                        Map.of("jeton", token, "password", "seconde phrase de passe"));
        assertEquals(200, done.status());

        Page login = browser.get("/connexion");
        Page refused =
                browser.submit(
                        login,
                        "/connexion",
                        Map.of("email", email, "password", "première phrase de passe"));
        assertEquals(422, refused.status());
        Page accepted =
                browser.submit(
                        browser.get("/connexion"),
                        "/connexion",
                        Map.of("email", email, "password", "seconde phrase de passe"));
        assertEquals(303, accepted.status());
    }

    @Test
    void aResetLinkThatNoLongerWorksSaysSoBeforeAskingForAPassword() {
        PageClient browser = new PageClient(base);
        String email = "oubli." + System.nanoTime() + "@exemple.fr";
        registerAndConfirm(browser, "Sophie Martin", email, "première phrase de passe");
        browser.submit(
                browser.get("/mot-de-passe-oublie"),
                "/mot-de-passe-oublie",
                Map.of("email", email));
        String token = Outbox.awaitMail(email, "Réinitialisation").linkToken();

        Page fresh = browser.get("/mot-de-passe/nouveau?jeton=" + token);
        assertEquals(200, fresh.status());
        assertFalse(fresh.document().select("input[name=password]").isEmpty());
        browser.submit(
                fresh,
                "/mot-de-passe/nouveau",
                Map.of("jeton", token, "password", "seconde phrase de passe"));

        for (String link : new String[] {"?jeton=" + token, "?jeton=", ""}) {
            Page used = browser.get("/mot-de-passe/nouveau" + link);
            assertEquals(422, used.status(), link);
            assertTrue(used.text().contains("Ce lien n’est pas valide"), used.text());
            assertTrue(used.document().select("input[name=password]").isEmpty(), link);
            assertFalse(used.document().select("a[href=/mot-de-passe-oublie]").isEmpty(), link);
        }
    }

    @Test
    void aMemberExportsTheirDataAndDeletesTheirAccount() {
        PageClient browser = new PageClient(base);
        String email = "depart." + System.nanoTime() + "@exemple.fr";
        String password = "au revoir le réseau";
        registerAndConfirm(browser, "Julien Roux", email, password);
        browser.submit(
                browser.get("/connexion"),
                "/connexion",
                Map.of("email", email, "password", password));

        Page export = browser.get("/profil/export");
        assertEquals(200, export.status());
        assertTrue(export.header("Content-Disposition").orElse("").contains("attachment"));
        assertTrue(export.response().body().contains(email));

        Page wrong =
                browser.submit(
                        browser.get("/profil/supprimer"),
                        "/profil/supprimer",
                        Map.of("password", "pas le bon mot de passe"));
        assertEquals(422, wrong.status());
        Page deleted =
                browser.submit(
                        browser.get("/profil/supprimer"),
                        "/profil/supprimer",
                        Map.of("password", password));
        assertEquals(200, deleted.status());
        assertEquals(303, browser.get("/profil").status());
        Page login =
                browser.submit(
                        browser.get("/connexion"),
                        "/connexion",
                        Map.of("email", email, "password", password));
        assertEquals(422, login.status());
    }

    /** Registers through the form, then follows the confirmation link of the mail. */
    private static void registerAndConfirm(
            PageClient browser, String displayName, String email, String password) {
        browser.submit(
                browser.get("/inscription"),
                "/inscription",
                Map.of("displayName", displayName, "email", email, "password", password));
        browser.get(
                "/inscription/confirmer?jeton=" + Outbox.awaitMail(email, "Confirmez").linkToken());
    }
}
