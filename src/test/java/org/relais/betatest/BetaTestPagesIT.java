package org.relais.betatest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.qa.QaApiIT;
import org.relais.testing.Api;
import org.relais.testing.FieldErrorLinks;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/** The call form sent back with errors: each field, or group of choices, points to its message. */
@ExtendWith(RelaisServer.class)
class BetaTestPagesIT {
    static final String NEW_CALL = "/beta-tests/nouvel-appel";

    @RelaisServer.Base URL base;

    @Test
    void aCallWithoutTitleIsExplainedBesideEachWrongField() {
        PageClient browser = PageClient.loggedIn(base, new Api(base).newMember("Porteuse pressée"));
        Page form = browser.get(NEW_CALL);
        assertEquals(200, form.status());
        assertTrue(form.document().select("[aria-invalid]").isEmpty(), "no error before sending");

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", "");
        fields.put("product", "Appli Mes Démarches");
        fields.put("description", "Essayer la prise de rendez-vous.");
        fields.put("scenarioTitle", List.of("Créer un compte", "", ""));
        fields.put("scenarioExpected", List.of("Le compte est créé", "", ""));
        fields.put("audiences", List.of("martiens"));
        fields.put("regions", List.of());
        fields.put("slots", "5");
        fields.put("applicationDeadline", "2099-01-10");
        fields.put("testStart", "2099-01-12");
        fields.put("testEnd", "2099-01-20");
        fields.put("reward", "0,333");
        fields.put("confidentiality", "public");
        Page refused = browser.submit(form, NEW_CALL, fields);
        assertEquals(422, refused.status());
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#title", "title", "Ce champ est obligatoire.");
        assertTrue(refused.document().selectFirst("input#product").attr("aria-invalid").isEmpty());
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#reward", "reward", "Indiquez la récompense en heures");
        FieldErrorLinks.assertFieldShowsError(
                refused,
                "fieldset:has(input[name=audiences])",
                "criteria.audiences",
                "ne fait pas partie des choix proposés");

        fields.put("title", "Tester la prise de rendez-vous");
        fields.put("audiences", List.of());
        fields.put("regions", List.of());
        fields.put("reward", "400");
        Page tooMuch = browser.submit(form, NEW_CALL, fields);
        assertEquals(422, tooMuch.status());
        FieldErrorLinks.assertFieldShowsError(
                tooMuch, "input#reward", "rewardMinutes", "La récompense va de 0 à");
    }

    @Test
    void aCallNamesItsSkillsAndItsTagByTheirLabelsNotTheirSlugs() {
        Api api = new Api(base);
        long n = System.nanoTime() % 1_000_000;
        String words = "Lecteur d’écran " + n;
        String slug = "lecteur-d-ecran-" + n;
        QaApiIT.ask(api.asAdmin(), "Première question sur " + words, words);
        Map<String, Object> call = BetaTestApiIT.call(5, 0, "public");
        call.put("criteria", Map.of("audiences", List.of("senior"), "skills", List.of(slug)));
        call.put("tags", List.of(slug));
        String id = BetaTestApiIT.open(api, api.newMember("Porteuse accessible"), call);
        PageClient tester = PageClient.loggedIn(base, api.newMember("Testeuse attentive"));

        Page page = tester.get("/beta-tests/appels/" + id);
        assertTrue(page.text().contains("Compétences : " + words), page.text());
        assertFalse(page.text().contains(slug), page.text());
        Page calls = tester.get("/beta-tests?etiquette=" + slug);
        assertEquals(
                "Être prévenu·e des nouveaux appels « " + words + " »",
                calls.document().select("form[action='/beta-tests/suivre'] button").text());
    }
}
