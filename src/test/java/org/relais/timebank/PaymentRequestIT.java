package org.relais.timebank;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Outbox;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/**
 * Payment requests end to end: the helper asks through the API or the form, the helped member is
 * mailed, pays once from the API or "Mon compte de temps", or refuses with a reason; bad requests
 * change nothing.
 */
@ExtendWith(RelaisServer.class)
public class PaymentRequestIT {
    static final String REQUESTS = "/api/v1/timebank/payment-requests";

    @RelaisServer.Base URL base;

    static String ask(Api api, Member helper, Member helped, long minutes, String memo) {
        return api.as(helper)
                .body(Map.of("from", helped.id(), "minutes", minutes, "memo", memo))
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("to", equalTo(helper.id()))
                .body("from", equalTo(helped.id()))
                .extract()
                .path("id");
    }

    @Test
    void theHelpedMemberIsMailedAndPaysTheRequestOnceThroughTheApi() {
        Api api = new Api(base);
        Member anouk = api.newMember("Anouk Aidante");
        Member bilal = api.newMember("Bilal Aidé");
        Member carla = api.newMember("Carla Curieuse");

        String id = ask(api, anouk, bilal, 75, "Réglages de la box et du Wi-Fi");

        Outbox.Mail asked = Outbox.awaitMail(bilal.email(), "Du nouveau pour vous");
        assertTrue(asked.body().contains("Anouk Aidante vous demande 1 h 15"), asked.body());
        api.as(bilal)
                .get(REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items[0].toName", equalTo("Anouk Aidante"))
                .body("items[0].amount", equalTo("1 h 15"));
        api.as(carla).get(REQUESTS + "/" + id).then().statusCode(404);
        api.as(carla).post(REQUESTS + "/" + id + "/payment").then().statusCode(404);
        api.as(anouk)
                .post(REQUESTS + "/" + id + "/payment")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0, TimebankApiIT.balance(api, anouk), "nothing moves before the payment");

        api.as(bilal)
                .post(REQUESTS + "/" + id + "/payment")
                .then()
                .statusCode(201)
                .body("kind", equalTo("PAYMENT"))
                .body("minutes", equalTo(75))
                .body("memo", equalTo("Réglages de la box et du Wi-Fi"));
        api.as(bilal)
                .post(REQUESTS + "/" + id + "/payment")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        assertEquals(-75, TimebankApiIT.balance(api, bilal));
        assertEquals(75, TimebankApiIT.balance(api, anouk));
        api.as(anouk).get(REQUESTS + "/" + id).then().body("status", equalTo("PAID"));
        Outbox.Mail paid = Outbox.awaitMail(anouk.email(), "Du nouveau pour vous");
        assertTrue(paid.body().contains("Bilal Aidé a réglé votre demande de 1 h 15"), paid.body());
        api.asAdmin().get("/api/v1/timebank/audit").then().body("ok", equalTo(true));
    }

    @Test
    void aRefusalOrAWithdrawalEndsTheRequestAndPaysNothing() {
        Api api = new Api(base);
        Member dora = api.newMember("Dora Demandeuse");
        Member emile = api.newMember("Émile Hésitant");

        String refused = ask(api, dora, emile, 120, "Deux heures de formation au tableur");
        api.as(emile)
                .body(Map.of("reason", ""))
                .post(REQUESTS + "/" + refused + "/refusal")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("reason"));
        api.as(emile)
                .body(Map.of("reason", "Nous avions dit une heure"))
                .post(REQUESTS + "/" + refused + "/refusal")
                .then()
                .statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("refusal", equalTo("Nous avions dit une heure"));
        api.as(dora).post(REQUESTS + "/" + refused + "/withdrawal").then().statusCode(409);

        String withdrawn = ask(api, dora, emile, 60, "Une heure de formation au tableur");
        api.as(emile).post(REQUESTS + "/" + withdrawn + "/withdrawal").then().statusCode(403);
        api.as(dora)
                .post(REQUESTS + "/" + withdrawn + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        api.as(emile).post(REQUESTS + "/" + withdrawn + "/payment").then().statusCode(409);

        assertEquals(0, TimebankApiIT.balance(api, dora));
        assertEquals(0, TimebankApiIT.balance(api, emile));
    }

    @Test
    void badRequestsAreRefusedInFrenchAndChangeNothing() {
        Api api = new Api(base);
        Member fanny = api.newMember("Fanny Pressée");
        Member gael = api.newMember("Gaël Tranquille");

        api.as(fanny)
                .body(Map.of("from", fanny.id(), "minutes", 30, "memo", "Moi-même"))
                .post(REQUESTS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("from"))
                .body("errors.message", hasItem(containsString("vous-même")));
        api.as(fanny)
                .body(Map.of("from", gael.id(), "minutes", 30))
                .post(REQUESTS)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("memo"));
        api.as(fanny)
                .body("{\"from\": \"" + gael.id() + "\", \"minutes\": 2.5, \"memo\": \"Aide\"}")
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        api.anonymous()
                .body(Map.of("from", gael.id(), "minutes", 30, "memo", "Aide"))
                .post(REQUESTS)
                .then()
                .statusCode(401);

        api.as(fanny).get(REQUESTS).then().body("items.size()", equalTo(0));
        api.as(gael).get(REQUESTS).then().body("items.size()", equalTo(0));
    }

    @Test
    void theFormAsksAndTheAccountPagePaysOrShowsWhyNot() {
        Api api = new Api(base);
        Member helper = api.newMember("Hélène Formatrice");
        Member helped = api.newMember("Ilyes Apprenant");
        TimebankApiIT.bounds(api, helped, -30, 2400);
        PageClient asking = PageClient.loggedIn(base, helper);

        Page form = asking.get("/banque-de-temps/demander?a=" + helped.id());
        assertEquals(200, form.status());
        Page empty =
                asking.submit(
                        form,
                        "/banque-de-temps/demander",
                        Map.of("a", helped.id(), "heures", "1", "minutes", "0", "memo", ""));
        assertEquals(422, empty.status());
        assertTrue(empty.text().contains("Dites pour quelle aide"), empty.text());
        Page sent =
                asking.submit(
                        form,
                        "/banque-de-temps/demander",
                        Map.of(
                                "membre",
                                "Ilyes Apprenant",
                                "a",
                                "",
                                "heures",
                                "1",
                                "minutes",
                                "0",
                                "memo",
                                "Atelier tableur"));
        assertEquals(303, sent.status());

        String listing =
                TimebankPagesIT.publish(
                        api, helped, "REQUEST", "Apprendre les formules du tableur", "tableur");
        Page request = asking.get("/banque-de-temps/annonces/" + listing);
        assertEquals(
                1,
                request.document()
                        .select(
                                "a[href=\"/banque-de-temps/demander?a="
                                        + helped.id()
                                        + "&annonce="
                                        + listing
                                        + "\"]")
                        .size(),
                "whoever helps on a request for help may ask for the hours");
        assertEquals(0, request.document().select("a[href^=\"/banque-de-temps/verser\"]").size());

        PageClient paying = PageClient.loggedIn(base, helped);
        Page account = paying.get("/banque-de-temps/compte");
        assertTrue(account.text().contains("vous demande 1 h"), account.text());
        String id =
                account.document()
                        .select("li.timebank-request")
                        .first()
                        .id()
                        .replace("demande-", "");
        String payAction = "/banque-de-temps/demandes/" + id + "/payer";
        Page refused = paying.submit(account, payAction, Map.of());
        assertEquals(422, refused.status(), "1 h would take Ilyes under his floor of −30 min");
        assertTrue(
                refused.document().select("#demande-" + id).text().contains("30 min"),
                refused.text());
        assertEquals(0, TimebankApiIT.balance(api, helped));

        TimebankApiIT.bounds(api, helped, -600, 2400);
        Page paid = paying.submit(account, payAction, Map.of());
        assertEquals(303, paid.status());
        assertEquals(-60, TimebankApiIT.balance(api, helped));

        Page helperAccount = asking.get("/banque-de-temps/compte");
        assertTrue(helperAccount.text().contains("Réglée le"), helperAccount.text());
        assertFalse(
                paying.get("/banque-de-temps/compte")
                        .document()
                        .select("form[action=" + payAction + "]")
                        .hasText(),
                "a paid request has no pay button");
    }
}
