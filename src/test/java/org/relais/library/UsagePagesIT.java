package org.relais.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The usage pages without JavaScript: form, answer, request to the author, contract, verification.
 */
@ExtendWith(RelaisServer.class)
public class UsagePagesIT {
    @RelaisServer.Base URL base;

    private static Map<String, Object> use(String context, String commercial, String distribute) {
        return Map.of(
                "requester.kind",
                "organisation",
                "requester.name",
                "EPN de la Croix-Rouge",
                "use.context",
                context,
                "use.commercial",
                commercial,
                "use.reproduce",
                "true",
                "use.distribute",
                distribute,
                "use.adapt",
                List.of("accessibility"));
    }

    @Test
    void a_covered_use_leads_to_the_contract_page_and_its_verification() {
        Api api = new Api(base);
        Member author = api.newMember("Claire Martin");
        Member user = api.newMember("Sonia Lefèvre");
        String kit =
                LibraryApiIT.deposit(
                        api, author, "Atelier France Connect", QaApiIT.newTag(api), "CC-BY-4.0");
        PageClient pages = PageClient.loggedIn(base, user);
        String action = "/bibliotheque/kits/" + kit + "/utiliser";

        Page form = pages.get(action);
        assertEquals(200, form.status());
        assertTrue(form.text().contains("Non commercial"), form.text());
        Page refused =
                pages.submit(
                        form,
                        action,
                        Map.of(
                                "requester.kind",
                                "person",
                                "requester.name",
                                " ",
                                "use.context",
                                "cuisine"));
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("Choisissez le contexte de l'usage"), refused.text());
        FieldErrorLinks.assertFieldShowsError(
                refused, "select#use-context", "use.context", "Choisissez le contexte de l'usage");
        FieldErrorLinks.assertFieldShowsError(
                refused, "input[name=requester.name]", "requester.name", "Indiquez le nom");

        Page answer =
                pages.submit(form, action, use("public-digital-space", "false", "participants"));
        assertEquals(200, answer.status());
        assertTrue(answer.text().contains("Votre usage est couvert"), answer.text());
        String contractUrl =
                answer.document().select("a[href^=/contrats/RL-]").first().attr("href");
        Page contract = pages.get(contractUrl);
        assertEquals(200, contract.status());
        assertTrue(
                contract.text()
                        .contains("https://creativecommons.org/licenses/by/4.0/legalcode.fr"),
                contract.text());
        assertTrue(
                contract.text().contains("« Atelier France Connect » par Claire Martin"),
                contract.text());
        String number = contractUrl.substring("/contrats/".length());
        String fingerprint = contract.document().select("code").first().text();

        PageClient visitor = new PageClient(base);
        Page verify = visitor.get("/contrats/verifier");
        Page genuine =
                visitor.submit(
                        verify,
                        "/contrats/verifier",
                        Map.of("number", number, "fingerprint", fingerprint));
        assertTrue(genuine.text().contains("est authentique"), genuine.text());
        Page altered =
                visitor.submit(
                        verify,
                        "/contrats/verifier",
                        Map.of("number", number, "fingerprint", "0".repeat(64)));
        assertTrue(altered.text().contains("ne correspond pas"), altered.text());
        assertTrue(
                visitor.get(contractUrl).status() != 200,
                "an anonymous visitor does not read the contract");
    }

    @Test
    void verifying_a_contract_without_its_number_or_fingerprint_says_what_is_missing() {
        PageClient visitor = new PageClient(base);
        Page form = visitor.get("/contrats/verifier");
        Page empty =
                visitor.submit(
                        form, "/contrats/verifier", Map.of("number", " ", "fingerprint", ""));
        assertEquals(422, empty.status());
        assertEquals(
                "Erreur : Indiquez le numéro du contrat, par exemple RL-2026-000123.",
                empty.document().select("#number-error").text());
        assertEquals(
                "Erreur : Indiquez l’empreinte SHA-256 imprimée en bas du contrat.",
                empty.document().select("#fingerprint-error").text());
        assertTrue(empty.document().select(".notice").isEmpty(), empty.text());

        new Api(base)
                .anonymous()
                .body(Map.of("number", "", "fingerprint", ""))
                .post("/api/v1/contracts/verify")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("number", "fingerprint"));
    }

    @Test
    void an_uncovered_use_goes_to_the_author_who_grants_it_from_the_inbox() {
        Api api = new Api(base);
        Member author = api.newMember("Paul Durand");
        Member user = api.newMember("Centre social Bellevue");
        String kit =
                LibraryApiIT.deposit(
                        api,
                        author,
                        "Jeu des données personnelles",
                        QaApiIT.newTag(api),
                        "CC-BY-NC-ND-4.0");
        PageClient pages = PageClient.loggedIn(base, user);
        String action = "/bibliotheque/kits/" + kit + "/utiliser";

        Page answer =
                pages.submit(pages.get(action), action, use("company", "true", "participants"));
        assertTrue(answer.text().contains("interdit l'usage commercial"), answer.text());
        String send = answer.document().select("form[action$=/envoyer]").attr("action");
        Page sent =
                pages.submit(
                        answer,
                        send,
                        Map.of("message", "Pour une formation des salariés d'une mutuelle."));
        assertEquals(303, sent.status());

        PageClient authorPages = PageClient.loggedIn(base, author);
        Page profile = authorPages.get("/profil");
        assertTrue(
                profile.text()
                        .contains("Une demande d’utilisation de vos kits attend votre réponse."),
                profile.text());
        Page inbox = authorPages.get("/bibliotheque/demandes");
        assertTrue(
                inbox.text().contains("Pour une formation des salariés d'une mutuelle."),
                inbox.text());
        String grant = inbox.document().select("form[action$=/accorder]").attr("action");
        Page granted =
                authorPages.submit(
                        inbox,
                        grant,
                        Map.of(
                                "conditions",
                                "Une seule session",
                                "from",
                                "2027-02-01",
                                "to",
                                "2027-01-01"));
        assertEquals(422, granted.status());
        FieldErrorLinks.assertFieldShowsError(
                granted,
                "form[action=" + grant + "] input[name=to]",
                "to",
                "La fin de la période doit venir après son début");
        granted =
                authorPages.submit(
                        inbox,
                        grant,
                        Map.of(
                                "conditions",
                                "Une seule session",
                                "from",
                                "2027-01-01",
                                "to",
                                "2027-02-01"));
        assertEquals(303, granted.status());
        Page authorisation = pages.get(granted.location().replaceFirst("^https?://[^/]+", ""));
        assertTrue(authorisation.text().contains("Autorisation spécifique"), authorisation.text());
        assertTrue(authorisation.text().contains("Une seule session"), authorisation.text());
        assertTrue(
                authorisation.text().contains("du 01/01/2027 au 01/02/2027"), authorisation.text());
    }
}
