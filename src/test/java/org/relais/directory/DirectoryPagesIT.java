package org.relais.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.EditConflictSteps;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;
import org.relais.testing.TestServers;

/** The directory's pages, as a visitor without JavaScript uses them. */
@ExtendWith(RelaisServer.class)
class DirectoryPagesIT {
    @RelaisServer.Base URL base;

    private PageClient loggedIn(Member member) {
        return PageClient.loggedIn(base, member);
    }

    @Test
    void aManagerAcceptsTheCharterAndPublishesAPlaceThroughTheForm() {
        Member manager = new Api(base).newMember("Anne Petit");
        PageClient browser = loggedIn(manager);
        Page form = browser.get("/lieux/nouveau");
        assertEquals(200, form.status());
        assertTrue(form.document().select("input[name=criteria]").size() >= 42);

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("pivot", "12345678900011");
        fields.put("nom", "Tous connectés, Besançon");
        fields.put("adresse", "12 rue de la République");
        fields.put("commune", "Besançon");
        fields.put("code_postal", "25000");
        fields.put("code_insee", "25056");
        fields.put("latitude", "47.2380");
        fields.put("longitude", "6.0240");
        fields.put(
                "services",
                List.of(
                        "Maîtrise des outils numériques du quotidien",
                        "Utilisation sécurisée du numérique"));
        fields.put("prise_en_charge_specifique", List.of("Déficience visuelle"));
        fields.put("criteria", List.of("M1", "M2", "ACC-1", "ACC-2"));
        fields.put("charterAccepted", "oui");
        Page refused = browser.submit(form, "/lieux/nouveau", fields);
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("au moins 5"), refused.text());
        assertEquals(
                "Tous connectés, Besançon",
                refused.document().select("input[name=nom]").val(),
                "the input is kept");
        assertTrue(refused.document().select("input[name=services][checked]").size() == 2);

        fields.put("criteria", List.of("M1", "M2", "ACC-1", "ACC-2", "CUL-1", "SPU-1", "LIB-1"));
        Page created = browser.submit(refused, "/lieux/nouveau", fields);
        assertEquals(303, created.status());
        Page place = browser.get(created.location());
        assertEquals(200, place.status());
        assertEquals("Tous connectés, Besançon", place.document().select("h1").text());
        assertTrue(place.text().contains("Déficience visuelle"));
        assertTrue(
                place.document()
                        .select("script[type=application/ld+json]")
                        .html()
                        .contains("\"@type\":\"Place\""));
        assertTrue(
                place.document().select("a[href$=/modifier]").size() > 0, "the manager can edit");
        assertTrue(place.document().select("#personnes").text().contains("Anne Petit"));

        Page profile = browser.get("/profil");
        assertTrue(profile.document().select("#member-places-title").text().contains("Mes lieux"));
        assertTrue(profile.text().contains("Tous connectés, Besançon"), profile.text());
        assertTrue(
                profile.document().select("header nav a[href=/moderation/lieux]").isEmpty(),
                "members see no moderation");
        assertEquals(403, browser.get("/moderation/lieux").status());
    }

    @Test
    void aManagerEditingInTwoTabsSeesTheOtherSaveBeforeReplacingIt() {
        Api api = new Api(base);
        Member manager = api.newMember("Claire Deux Onglets");
        String id =
                DirectoryApiIT.createPlace(
                        api, manager, DirectoryApiIT.aPlace("Espace numérique du Blosne"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("charterAccepted", "oui");
        fields.put("criteria", DirectoryApiIT.CRITERIA);
        fields.put("pivot", "12345678900011");
        fields.put("commune", "Rennes");
        fields.put("code_postal", "35000");
        fields.put("code_insee", "35238");
        fields.put("adresse", "7 boulevard de Yougoslavie");
        Map<String, Object> first = new LinkedHashMap<>(fields);
        first.put("nom", "Espace numérique du Blosne, ouvert le samedi");
        Map<String, Object> second = new LinkedHashMap<>(fields);
        second.put("nom", "Espace numérique du Blosne — Le Triangle");

        EditConflictSteps.theSecondTabSeesTheFirstSaveThenReplacesItKnowingly(
                loggedIn(manager), "/lieux/" + id + "/modifier", first, second, "nom");
        String nom = api.anonymous().get("/api/v1/places/" + id).path("nom");
        assertEquals("Espace numérique du Blosne — Le Triangle", nom);
    }

    @Test
    void moderatorsFindThePlacesToFollowUpInTheirNavigation() {
        PageClient admin = new PageClient(base);
        Page login =
                admin.submit(
                        admin.get("/connexion"),
                        "/connexion",
                        Map.of(
                                "email",
                                TestServers.ADMIN_EMAIL,
                                "password",
                                TestServers.ADMIN_PASSWORD));
        assertEquals(303, login.status());
        Page home = admin.get("/");
        assertTrue(home.document().select("header nav a[href=/moderation/lieux]").size() > 0);
        Page moderation = admin.get("/moderation/lieux");
        assertEquals(200, moderation.status());
        assertEquals(1, moderation.document().select("h1").size());
    }

    @Test
    void visitorsSearchNearATownAndSeeTheDistance() {
        Api api = new Api(base);
        Member manager = api.newMember("Camille Lefèvre");
        String name = "Espace public numérique des Gayeulles " + System.nanoTime();
        Map<String, Object> place = DirectoryApiIT.aPlace(name);
        DirectoryApiIT.createPlace(api, manager, place);

        PageClient visitor = new PageClient(base);
        Page results = visitor.get("/lieux?pres=Rennes&rayon=10&q=Gayeulles");
        assertEquals(200, results.status());
        assertTrue(results.text().contains(name), results.text());
        assertTrue(results.text().contains("km"), "the distance is shown");
        Page unknown = visitor.get("/lieux?pres=Atlantide");
        assertEquals(422, unknown.status());
        assertTrue(unknown.text().contains("Atlantide"));
        Page bogus = visitor.get("/lieux?public=Pirates");
        assertEquals(422, bogus.status());
        assertTrue(bogus.text().contains("Le public « Pirates » ne fait pas partie"));
        Page none = visitor.get("/lieux?pres=Lyon&rayon=5&q=Gayeulles");
        assertFalse(none.text().contains(name));
    }

    @Test
    void aMemberSaysTheyWorkAtAPlaceAndAManagerConfirms() {
        Api api = new Api(base);
        Member manager = api.newMember("Nadia Moreau");
        Member colleague = api.newMember("Mamadou Diallo");
        String id =
                DirectoryApiIT.createPlace(
                        api, manager, DirectoryApiIT.aPlace("Centre social des Rosiers"));

        PageClient colleagueBrowser = loggedIn(colleague);
        Page place = colleagueBrowser.get("/lieux/" + id);
        Page declared =
                colleagueBrowser.submit(place, "/lieux/" + id + "/je-travaille-ici", Map.of());
        assertEquals(303, declared.status());

        PageClient managerBrowser = loggedIn(manager);
        Page managerView = managerBrowser.get("/lieux/" + id);
        String confirm = "/lieux/" + id + "/personnes/" + colleague.id() + "/confirmer";
        assertEquals(303, managerBrowser.submit(managerView, confirm, Map.of()).status());
        Page member = new PageClient(base).get("/membres/" + colleague.id());
        assertTrue(member.text().contains("Centre social des Rosiers"), member.text());
    }

    @Test
    void theHomePageInvitesToFindAPlace() {
        Page home = new PageClient(base).get("/");
        assertTrue(home.document().select("form[action=/lieux] input[name=pres]").size() > 0);
        assertTrue(home.document().select("header nav a[href=/lieux]").size() > 0);
    }
}
