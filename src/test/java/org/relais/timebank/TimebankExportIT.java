package org.relais.timebank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.qa.QaApiIT;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.PageClient;
import org.relais.testing.RelaisServer;

/**
 * A member's data export holds everything the time bank keeps about them, under {@code
 * content.timebank}, and nothing of another member's: apart from the storm of {@link
 * TimebankApiIT}, so that it runs on its own in seconds.
 */
@ExtendWith(RelaisServer.class)
class TimebankExportIT {
    @RelaisServer.Base URL base;

    @Test
    void theExportHoldsTheLedgerHoldsListingsAndMessagesOfTheMemberOnly() {
        Api api = new Api(base);
        Member anouk = api.newMember("Anouk Exportatrice");
        Member bilal = api.newMember("Bilal Plafonné");
        Member carla = api.newMember("Carla Étrangère");
        TimebankApiIT.bounds(api, bilal, -600, 60);
        TimebankApiIT.pay(api, anouk, bilal, 90, "Atelier tablette", UUID.randomUUID().toString())
                .then()
                .statusCode(201);
        api.asAdmin()
                .body(Map.of("memberId", anouk.id(), "minutes", 20, "reason", "Bienvenue à Anouk"))
                .post("/api/v1/timebank/grants")
                .then()
                .statusCode(201);
        String question = "Comment exporter ses contacts d’un vieux téléphone ?";
        api.as(anouk)
                .body(
                        Map.of(
                                "title",
                                question,
                                "body",
                                "Un usager veut garder ses contacts.",
                                "tags",
                                List.of(QaApiIT.newTag(api)),
                                "bountyMinutes",
                                30))
                .post("/api/v1/questions")
                .then()
                .statusCode(201);
        String offer = TimebankPagesIT.publish(api, anouk, "Prise en main d’un smartphone");
        String message = "Bonjour, seriez-vous libre jeudi pour un atelier smartphone ?";
        String path = "/banque-de-temps/annonces/" + offer;
        PageClient bilalPages = PageClient.loggedIn(base, bilal);
        assertEquals(
                303,
                bilalPages
                        .submit(
                                bilalPages.get(path + "/contacter"),
                                path + "/contacter",
                                Map.of("message", message))
                        .status());

        JsonPath mine = api.exportSection(anouk, "timebank");
        assertEquals(-100, mine.getLong("account.balanceMinutes"));
        assertEquals(-600, mine.getLong("account.floorMinutes"));
        assertEquals(List.of("PAYMENT", "GRANT", "HOLD"), mine.getList("entries.kind"));
        assertEquals(List.of(-90, 20, -30), mine.getList("entries.minutes"));
        assertEquals(List.of(-90, -70, -100), mine.getList("entries.balanceAfterMinutes"));
        assertEquals("Atelier tablette", mine.getString("entries[0].memo"));
        assertEquals("Bilal Plafonné", mine.getString("entries[0].counterpart"));
        assertEquals(bilal.id(), mine.getString("entries[0].counterpartId"));
        assertEquals("Bienvenue à Anouk", mine.getString("entries[1].memo"));
        assertNull(mine.get("entries[1].counterpart"), "a grant comes from the pool");
        String purpose = "Prime sur la question « " + question + " »";
        assertEquals(purpose, mine.getString("entries[2].memo"));
        assertEquals(purpose, mine.getString("holds[0].purpose"));
        assertEquals("OPEN", mine.getString("holds[0].status"));
        assertEquals(30, mine.getLong("holds[0].heldMinutes"));
        assertEquals(offer, mine.getString("offersAndRequests[0].id"));
        assertEquals("Prise en main d’un smartphone", mine.getString("offersAndRequests[0].title"));
        assertEquals(
                "Je montre les réglages essentiels pas à pas.",
                mine.getString("offersAndRequests[0].description"));
        assertEquals(List.of("smartphone"), mine.getList("offersAndRequests[0].tags"));
        assertEquals(60, mine.getInt("offersAndRequests[0].durationMinutes"));
        assertEquals(message, mine.getString("messagesReceived[0].text"));
        assertEquals("Bilal Plafonné", mine.getString("messagesReceived[0].counterpart"));
        assertEquals(path, mine.getString("messagesReceived[0].url"));
        assertEquals(List.of(), mine.getList("messagesSent"));
        assertFalse(
                mine.prettify().contains(bilal.email()), "the sender's address stays with them");

        JsonPath his = api.exportSection(bilal, "timebank");
        assertEquals(60, his.getLong("account.balanceMinutes"));
        assertEquals(List.of(60), his.getList("entries.minutes"));
        assertEquals(30, his.getLong("entries[0].overflowToPoolMinutes"));
        assertEquals("Anouk Exportatrice", his.getString("entries[0].counterpart"));
        assertEquals(message, his.getString("messagesSent[0].text"));
        assertEquals("Anouk Exportatrice", his.getString("messagesSent[0].counterpart"));
        assertEquals(List.of(), his.getList("offersAndRequests"));
        assertEquals(List.of(), his.getList("holds"));

        JsonPath hers = api.exportSection(carla, "timebank");
        assertNull(hers.get("account"), "Carla never used the time bank");
        assertEquals(List.of(), hers.getList("entries"));
        assertEquals(List.of(), hers.getList("messagesReceived"));
        assertTrue(!hers.prettify().contains("Atelier tablette"), hers.prettify());

        int queries = api.exportSqlCount(anouk);
        for (int i = 0; i < 3; i++) {
            TimebankApiIT.pay(api, anouk, carla, 15, "Suite " + i, UUID.randomUUID().toString())
                    .then()
                    .statusCode(201);
        }
        TimebankPagesIT.publish(api, anouk, "Sauvegarder ses photos");
        assertEquals(queries, api.exportSqlCount(anouk), "no query per entry or listing");
    }
}
