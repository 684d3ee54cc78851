package org.relais.timebank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.FieldErrorLinks;
import org.relais.testing.Outbox;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/** The time bank's pages without JavaScript: the pay form, its confirmation step and CSRF. */
@ExtendWith(RelaisServer.class)
public class TimebankPagesIT {
    static final String PAY = "/banque-de-temps/verser";

    @RelaisServer.Base URL base;

    @Test
    void thePayFormConfirmsTheOverflowBeforePayingAndPaysOnce() {
        Api api = new Api(base);
        Member marie = api.newMember("Marie Payeuse");
        Member noe = api.newMember("Noé Plafonné");
        TimebankApiIT.bounds(api, noe, -600, 60);
        PageClient browser = PageClient.loggedIn(base, marie);

        Page form = browser.get(PAY + "?a=" + noe.id());
        assertEquals(200, form.status());
        Page check =
                browser.submit(
                        form,
                        PAY,
                        Map.of(
                                "a",
                                noe.id(),
                                "membre",
                                "",
                                "heures",
                                "1",
                                "minutes",
                                "30",
                                "memo",
                                "Atelier courriel",
                                "annonce",
                                "",
                                "etape",
                                "verifier"));
        assertEquals(200, check.status());
        assertTrue(
                check.text().contains("écrêtement : 30 min versées au fonds commun"), check.text());
        assertEquals(0, TimebankApiIT.balance(api, marie), "nothing is paid before confirming");

        Map<String, Object> hidden = new LinkedHashMap<>();
        for (Element input :
                check.document().select("form[action=" + PAY + "] input[type=hidden]")) {
            hidden.put(input.attr("name"), input.attr("value"));
        }
        hidden.remove("_csrf");
        hidden.put("etape", "confirmer");
        Page paid = browser.submit(check, PAY, hidden);
        assertEquals(303, paid.status());
        Page again = browser.submit(check, PAY, hidden);
        assertEquals(303, again.status(), "a second click pays nothing more");
        assertEquals(-90, TimebankApiIT.balance(api, marie));
        assertEquals(60, TimebankApiIT.balance(api, noe));

        Page account = browser.get("/banque-de-temps/compte");
        assertTrue(account.text().contains("−1 h 30"), account.text());
    }

    @Test
    void aPaymentWithoutTheCsrfTokenIsRefused() {
        Api api = new Api(base);
        Member olga = api.newMember("Olga Prudente");
        Member paul = api.newMember("Paul Receveur");
        PageClient browser = PageClient.loggedIn(base, olga);
        Page forged =
                browser.post(
                        PAY,
                        Map.of(
                                "a",
                                paul.id(),
                                "heures",
                                "1",
                                "minutes",
                                "0",
                                "etape",
                                "confirmer",
                                "cle",
                                UUID.randomUUID().toString()));
        assertEquals(403, forged.status());
        assertEquals(0, TimebankApiIT.balance(api, olga));
    }

    @Test
    void aPaymentUnderTheFloorIsExplainedBesideTheField() {
        Api api = new Api(base);
        Member quentin = api.newMember("Quentin Débutant");
        Member rose = api.newMember("Rose Aidante");
        PageClient browser = PageClient.loggedIn(base, quentin);
        Page form = browser.get(PAY + "?a=" + rose.id());
        Page refused =
                browser.submit(
                        form,
                        PAY,
                        Map.of(
                                "a",
                                rose.id(),
                                "heures",
                                "11",
                                "minutes",
                                "0",
                                "etape",
                                "verifier"));
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("vous pouvez verser au plus 10 h"), refused.text());
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#heures", "minutes", "vous pouvez verser au plus 10 h");
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#minutes", "minutes", "vous pouvez verser au plus 10 h");
    }

    @Test
    void aPaymentToOneselfIsExplainedBesideTheMemberField() {
        Api api = new Api(base);
        Member sacha = api.newMember("Sacha Distrait");
        PageClient browser = PageClient.loggedIn(base, sacha);
        Page refused =
                browser.submit(
                        browser.get(PAY),
                        PAY,
                        Map.of(
                                "membre",
                                sacha.id(),
                                "heures",
                                "1",
                                "minutes",
                                "0",
                                "etape",
                                "verifier"));
        assertEquals(422, refused.status());
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#membre", "membre", "vous verser des heures à vous-même");
        assertTrue(refused.document().selectFirst("input#heures").attr("aria-invalid").isEmpty());
    }

    @Test
    void aNewListingWithoutTitleOrKindIsExplainedBesideEachField() {
        Api api = new Api(base);
        Member yann = api.newMember("Yann Pressé");
        PageClient browser = PageClient.loggedIn(base, yann);
        String path = "/banque-de-temps/annonces/nouvelle";
        Page form = browser.get(path);
        assertTrue(form.document().select("[aria-invalid]").isEmpty(), "no error before sending");
        Page refused =
                browser.submit(
                        form,
                        path,
                        Map.of(
                                "kind",
                                "TROC",
                                "title",
                                "",
                                "description",
                                "Je cherche de l’aide pour mes courriels.",
                                "durationMinutes",
                                "60"));
        assertEquals(422, refused.status());
        FieldErrorLinks.assertFieldShowsError(refused, "input#title", "title", "titre");
        FieldErrorLinks.assertFieldShowsError(
                refused, "fieldset:has(input[name=kind])", "kind", "offre ou d’une demande");
    }

    @Test
    void aGrantWithoutReasonIsExplainedBesideTheReasonField() {
        Api api = new Api(base);
        Member zoe = api.newMember("Zoé Accueillie");
        PageClient coordinator = PageClient.loggedIn(base, Member.firstAdmin());
        String action = "/banque-de-temps/coordination/dons";
        Page refused =
                coordinator.submit(
                        coordinator.get("/banque-de-temps/coordination"),
                        action,
                        Map.of("membre", zoe.id(), "heures", "1", "minutes", "0", "raison", " "));
        assertEquals(422, refused.status());
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#raison", "raison", "Indiquez la raison");
    }

    @Test
    void theMarketThePoolAndTheAccountPagesRender() {
        Api api = new Api(base);
        Member sam = api.newMember("Sam Curieux");
        PageClient browser = PageClient.loggedIn(base, sam);
        Page published =
                browser.submit(
                        browser.get("/banque-de-temps/annonces/nouvelle"),
                        "/banque-de-temps/annonces/nouvelle",
                        Map.of(
                                "kind",
                                "REQUEST",
                                "title",
                                "Aide pour un atelier Pix",
                                "description",
                                "Je prépare mes premiers ateliers Pix.",
                                "tags",
                                "Pix, Matériel informatique",
                                "place",
                                "",
                                "online",
                                "oui",
                                "durationMinutes",
                                "60"));
        assertEquals(303, published.status());
        Page offer = browser.get(java.net.URI.create(published.location()).getPath());
        assertTrue(offer.text().contains("Aide pour un atelier Pix"));
        assertEquals(
                List.of("Matériel informatique", "Pix"),
                offer.document().select("main li.tag").eachText(),
                "the tags read as typed, not as slugs");
        Page market = browser.get("/banque-de-temps?genre=demandes&competence=pix");
        assertTrue(market.text().contains("Aide pour un atelier Pix"));
        assertTrue(
                market.document()
                        .select("main li.tag")
                        .eachText()
                        .contains("Matériel informatique"));
        assertEquals(200, browser.get("/banque-de-temps/fonds-commun").status());
        assertEquals(200, browser.get("/banque-de-temps/compte").status());
        assertEquals(403, browser.get("/banque-de-temps/coordination").status());
    }

    @Test
    void thePoolPageShowsWhatWentOverACeilingAsAnOverflowOfThatAccount() {
        Api api = new Api(base);
        Member helper = api.newMember("Ophélie Plafond");
        Member helped = api.newMember("Hugo Reconnaissant");
        TimebankApiIT.bounds(api, helper, -600, 60);
        TimebankApiIT.pay(
                        api, helped, helper, 90, "Réglages de la box", UUID.randomUUID().toString())
                .then()
                .statusCode(201);

        Page pool = PageClient.loggedIn(base, helped).get("/banque-de-temps/fonds-commun");
        Element row =
                pool.document().select("table.timebank-history tbody tr").stream()
                        .filter(tr -> tr.text().contains("Ophélie Plafond"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(pool.text()));
        assertTrue(row.text().contains("Écrêtement (plafond atteint)"), row.text());
        assertTrue(row.text().contains("+30 min"), row.text());
        assertFalse(row.text().contains("Versement"), row.text());
        String flows = pool.document().select("dl.timebank-figures--flows").text();
        assertTrue(flows.contains("Reçues par écrêtement, au-delà des plafonds"), flows);
        assertTrue(flows.contains("Accordées aux membres"), flows);
    }

    static String publish(Api api, Member author, String title) {
        return publish(api, author, "OFFER", title, "smartphone");
    }

    /** Publishes an offer ({@code OFFER}) or a request for help ({@code REQUEST}), online. */
    static String publish(Api api, Member author, String kind, String title, String tag) {
        return api.as(author)
                .body(
                        Map.of(
                                "kind",
                                kind,
                                "title",
                                title,
                                "description",
                                "Je montre les réglages essentiels pas à pas.",
                                "tags",
                                java.util.List.of(tag),
                                "online",
                                true,
                                "durationMinutes",
                                60))
                .post("/api/v1/timebank/offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theAuthorEditsThenWithdrawsTheirListingFromItsPage() {
        Api api = new Api(base);
        Member tania = api.newMember("Tania Autrice");
        Member ugo = api.newMember("Ugo Voisin");
        String id = publish(api, tania, "Prise en main d’un smartphone");
        String path = "/banque-de-temps/annonces/" + id;
        PageClient author = PageClient.loggedIn(base, tania);
        assertTrue(author.get(path).text().contains("Modifier l’annonce"));
        PageClient other = PageClient.loggedIn(base, ugo);
        assertTrue(!other.get(path).text().contains("Modifier l’annonce"));
        assertEquals(403, other.get(path + "/modifier").status());

        Page form = author.get(path + "/modifier");
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Element input : form.document().select("form[action=" + path + "/modifier] input")) {
            if (!input.attr("type").equals("radio") && !input.attr("type").equals("checkbox")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.remove("_csrf");
        fields.put("kind", "OFFER");
        fields.put("online", "oui");
        fields.put("description", "Je montre les réglages essentiels pas à pas.");
        fields.put("title", "Tél");
        Page refused = author.submit(form, path + "/modifier", fields);
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("Le titre doit compter entre 5 et"), refused.text());
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#title", "title", "Le titre doit compter entre 5 et");
        api.anonymous()
                .get("/api/v1/timebank/offers/" + id)
                .then()
                .body("title", org.hamcrest.Matchers.equalTo("Prise en main d’un smartphone"));

        fields.put("title", "Prise en main d’un smartphone Android");
        assertEquals(303, author.submit(form, path + "/modifier", fields).status());
        assertTrue(author.get(path).text().contains("Prise en main d’un smartphone Android"));

        Page page = author.get(path);
        assertEquals(403, author.post(path + "/retirer", Map.of()).status(), "no CSRF token");
        Page withdrawn = author.submit(page, path + "/retirer", Map.of());
        assertEquals(303, withdrawn.status());
        api.anonymous().get("/api/v1/timebank/offers/" + id).then().statusCode(404);
    }

    @Test
    void contactingTheAuthorSendsANotificationAndAMail() {
        Api api = new Api(base);
        Member vera = api.newMember("Véra Autrice");
        Member william = api.newMember("William Curieux");
        String id = publish(api, vera, "Découvrir les démarches CAF en ligne");
        String path = "/banque-de-temps/annonces/" + id;
        PageClient browser = PageClient.loggedIn(base, william);
        Page offer = browser.get(path);
        assertTrue(
                offer.document().select("a[href=" + path + "/contacter]").size() > 0,
                "Contacter leads to the contact form");

        Page form = browser.get(path + "/contacter");
        assertEquals(200, form.status());
        Page empty = browser.submit(form, path + "/contacter", Map.of("message", "  "));
        assertEquals(422, empty.status());
        assertTrue(empty.text().contains("Écrivez un message"), empty.text());

        String message = "Bonjour, seriez-vous disponible mardi pour un atelier CAF à Quimper ?";
        Page sent = browser.submit(form, path + "/contacter", Map.of("message", message));
        assertEquals(303, sent.status());
        assertTrue(
                browser.get(java.net.URI.create(sent.location()).getPath() + "?envoye=1")
                        .text()
                        .contains("Votre message a été envoyé"));
        Outbox.Mail mail = Outbox.awaitMail(vera.email(), "Du nouveau pour vous sur Relais");
        assertTrue(mail.body().contains(message), mail.body());
        assertTrue(mail.body().contains(william.email()), mail.body());
        api.as(vera)
                .get("/api/v1/notifications")
                .then()
                .body("items.kind", org.hamcrest.Matchers.hasItem("timebank.contact"));
        PageClient author = PageClient.loggedIn(base, vera);
        Page self =
                author.submit(
                        author.get(path + "/contacter"),
                        path + "/contacter",
                        Map.of("message", "À moi-même"));
        assertEquals(422, self.status());
        assertTrue(self.text().contains("Vous ne pouvez pas vous écrire à vous-même"));
    }
}
