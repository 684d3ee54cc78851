package org.relais.timebank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
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
        api.asAdmin()
                .body(Map.of("floorMinutes", -600, "ceilingMinutes", 60))
                .put("/api/v1/timebank/members/" + noe.id() + "/bounds")
                .then()
                .statusCode(200);
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
                                "pix",
                                "place",
                                "",
                                "online",
                                "oui",
                                "durationMinutes",
                                "60"));
        assertEquals(303, published.status());
        Page offer = browser.get(java.net.URI.create(published.location()).getPath());
        assertTrue(offer.text().contains("Aide pour un atelier Pix"));
        assertTrue(
                browser.get("/banque-de-temps?genre=demandes&competence=pix")
                        .text()
                        .contains("Aide pour un atelier Pix"));
        assertEquals(200, browser.get("/banque-de-temps/fonds-commun").status());
        assertEquals(200, browser.get("/banque-de-temps/compte").status());
        assertEquals(403, browser.get("/banque-de-temps/coordination").status());
    }
}
