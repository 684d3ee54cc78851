package org.relais.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
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
        assertTrue(refused.text().contains("Choisissez le contexte de l’usage"), refused.text());
        FieldErrorLinks.assertFieldShowsError(
                refused, "select#use-context", "use.context", "Choisissez le contexte de l’usage");
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
        askTheAuthor(pages, kit, "Pour une formation des salariés d'une mutuelle.");

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
        Element sentBack = granted.document().selectFirst("form[action=" + grant + "]");
        assertEquals(
                "Une seule session", sentBack.selectFirst("textarea[name=conditions]").wholeText());
        assertEquals("2027-02-01", sentBack.selectFirst("input[name=from]").val());
        assertEquals("2027-01-01", sentBack.selectFirst("input[name=to]").val());
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

    @Test
    void a_refused_answer_keeps_what_the_author_typed_in_the_form_of_that_request_only() {
        Api api = new Api(base);
        Member author = api.newMember("Hélène Roux");
        Member user = api.newMember("Maison de quartier Saint-Jean");
        String kit =
                LibraryApiIT.deposit(
                        api,
                        author,
                        "Atelier cybersécurité",
                        QaApiIT.newTag(api),
                        "CC-BY-NC-ND-4.0");
        PageClient pages = PageClient.loggedIn(base, user);
        askTheAuthor(pages, kit, "Pour nos ateliers du samedi.");
        askTheAuthor(pages, kit, "Pour une journée portes ouvertes.");

        PageClient authorPages = PageClient.loggedIn(base, author);
        Page inbox = authorPages.get("/bibliotheque/demandes");
        List<String> refusals =
                inbox.document().select("form[action$=/refuser]").eachAttr("action");
        assertEquals(2, refusals.size(), inbox.text());
        String refuse = refusals.get(0);
        String tooLong =
                "Merci pour votre demande, mais ce kit n’est pas fait pour cela. ".repeat(40);
        Page refused = authorPages.submit(inbox, refuse, Map.of("message", tooLong));

        assertEquals(422, refused.status());
        FieldErrorLinks.assertFieldShowsError(
                refused,
                "form[action=" + refuse + "] textarea[name=message]",
                "message",
                "Expliquez votre refus");
        assertEquals(
                tooLong,
                refused.document()
                        .selectFirst("form[action=" + refuse + "] textarea[name=message]")
                        .wholeText());
        assertEquals(
                "",
                refused.document()
                        .selectFirst("form[action=" + refusals.get(1) + "] textarea[name=message]")
                        .wholeText(),
                "the other request's form stays empty");
    }

    /** The member asks for a use the kit's licence does not cover, then sends it to its author. */
    private static void askTheAuthor(PageClient pages, String kit, String message) {
        String action = "/bibliotheque/kits/" + kit + "/utiliser";
        Page answer =
                pages.submit(pages.get(action), action, use("company", "true", "participants"));
        assertTrue(answer.text().contains("interdit l’usage commercial"), answer.text());
        String send = answer.document().select("form[action$=/envoyer]").attr("action");
        assertEquals(303, pages.submit(answer, send, Map.of("message", message)).status());
    }
}
