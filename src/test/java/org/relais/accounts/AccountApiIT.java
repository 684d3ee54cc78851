package org.relais.accounts;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Outbox;
import org.relais.testing.RelaisServer;

/** The whole account journey through the JSON API, and what it refuses. */
@ExtendWith(RelaisServer.class)
class AccountApiIT {
    @RelaisServer.Base URL base;

    @Test
    void registrationSendsAConfirmationMailWhoseLinkActivatesTheAccount() {
        Api api = new Api(base);
        String email = "camille." + System.nanoTime() + "@exemple.fr";
        Map<String, String> body =
                Map.of(
                        "displayName",
                        "Camille",
                        "email",
                        email,
                        "password",
                        "atelier tablette du mardi");
        api.anonymous()
                .body(body)
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/members/"))
                .body("status", equalTo("PENDING"))
                .body("email", equalTo(email));

        api.anonymous()
                .body(Map.of("email", email, "password", "atelier tablette du mardi"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("email"));

        Outbox.Mail mail = Outbox.awaitMail(email, "Confirmez");
        // the test server runs on a free port, not 8080: the link follows it
        String link = "http://localhost:" + base.getPort() + "/inscription/confirmer?jeton=";
        assertTrue(mail.body().contains(link), mail.body());
        api.anonymous()
                .body(Map.of("token", mail.linkToken()))
                .post("/api/v1/accounts/confirmation")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));

        api.anonymous()
                .body(Map.of("token", mail.linkToken()))
                .post("/api/v1/accounts/confirmation")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("token"));
    }

    @Test
    void aMemberReadsEditsAndExportsTheirAccount() {
        Api api = new Api(base);
        Member member = api.newMember("Karim Benali");
        api.as(member)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Karim Benali"));

        api.as(member)
                .body(
                        Map.of(
                                "bio", "Fabmanager. **Impression 3D** <script>alert(1)</script>",
                                "city", "Villeurbanne",
                                "skills", List.of("Impression 3D", "Arduino", "découpe laser")))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("city", equalTo("Villeurbanne"))
                .body("displayName", equalTo("Karim Benali"))
                .body("skills", hasItems("impression-3d", "arduino", "decoupe-laser"))
                .body("skillLabels.'impression-3d'", equalTo("Impression 3D"))
                .body("skillLabels.'decoupe-laser'", equalTo("découpe laser"))
                .body("bioHtml", containsString("<strong>Impression 3D</strong>"))
                .body("bioHtml", not(containsString("<script")));

        // a patch without skills keeps them in the member's words
        api.as(member)
                .body(Map.of("city", "Villeurbanne"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("skillLabels.'impression-3d'", equalTo("Impression 3D"));

        api.anonymous()
                .get("/api/v1/members/" + member.id())
                .then()
                .statusCode(200)
                .body("city", equalTo("Villeurbanne"))
                .body("$", not(org.hamcrest.Matchers.hasKey("email")));

        api.as(member)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("account.email", equalTo(member.email()))
                .body("account.city", equalTo("Villeurbanne"))
                .body("apiTokens.name", hasItem("tests"))
                .body(
                        "content.keySet()",
                        containsInAnyOrder(
                                "agenda",
                                "betatest",
                                "directory",
                                "forum",
                                "library",
                                "newsletter",
                                "notifications",
                                "qa",
                                "timebank"));
    }

    @Test
    void badInputIsRefusedWithFrenchFieldErrorsAndChangesNothing() {
        Api api = new Api(base);
        Member existing = api.newMember("Sophie Martin");

        api.anonymous()
                .body(
                        Map.of(
                                "displayName",
                                "Sophie Bis",
                                "email",
                                existing.email().toUpperCase(),
                                "password",
                                "une phrase secrète différente"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("email"))
                .body("errors.message", hasItem(containsString("existe déjà")));

        String weakEmail = "faible." + System.nanoTime() + "@exemple.fr";
        api.anonymous()
                .body(Map.of("displayName", "Nadia", "email", weakEmail, "password", "motdepasse"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(422)
                .body("status", equalTo(422))
                .body("title", notNullValue())
                .body("errors.field", hasItem("password"))
                .body("errors.message", hasItem(containsString("12 caractères")));

        api.anonymous()
                .body(
                        Map.of(
                                "displayName",
                                "Nadia",
                                "email",
                                "pas-une-adresse",
                                "password",
                                "cheval agrafe batterie"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("email"));

        api.anonymous()
                .body("{not json")
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));

        assertTrue(Outbox.mailsTo(weakEmail).isEmpty(), "a refused registration sends no mail");
        api.anonymous()
                .body(Map.of("email", weakEmail, "password", "motdepasse"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(422);

        api.as(existing)
                .body(Map.of("displayName", "x"))
                .patch("/api/v1/me")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("displayName"));
        api.as(existing).get("/api/v1/me").then().body("displayName", equalTo("Sophie Martin"));
    }

    @Test
    void theFirstAdministratorIsCreatedFromTheSettings() {
        Api api = new Api(base);
        api.asAdmin()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", hasItems("admin", "member"))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void theApiAsksForATokenAndRefusesAnUnknownOne() {
        Api api = new Api(base);
        api.anonymous()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
        api.anonymous()
                .header("Authorization", "Bearer inconnu")
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void tokensAreListedAndARevokedTokenStopsWorking() {
        Api api = new Api(base);
        Member member = api.newMember("Thomas Girard");
        String second =
                api.anonymous()
                        .body(
                                Map.of(
                                        "email",
                                        member.email(),
                                        "password",
                                        member.password(),
                                        "name",
                                        "tableur"))
                        .post("/api/v1/tokens")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("token");
        List<String> names =
                api.as(member)
                        .get("/api/v1/tokens")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.name");
        assertTrue(names.containsAll(List.of("tests", "tableur")), names.toString());
        String secondId =
                api.as(member)
                        .get("/api/v1/tokens")
                        .then()
                        .extract()
                        .path("items.find { it.name == 'tableur' }.id");
        api.as(member).delete("/api/v1/tokens/" + secondId).then().statusCode(204);
        api.anonymous()
                .header("Authorization", "Bearer " + second)
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        api.as(member).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aForgottenPasswordIsResetOnceByTheMailedLink() {
        Api api = new Api(base);
        Member member = api.newMember("Élise Dubois");
        api.anonymous()
                .body(Map.of("email", member.email()))
                .post("/api/v1/password-resets")
                .then()
                .statusCode(202);
        api.anonymous()
                .body(Map.of("email", "personne." + System.nanoTime() + "@exemple.fr"))
                .post("/api/v1/password-resets")
                .then()
                .statusCode(202);
        String token = Outbox.awaitMail(member.email(), "Réinitialisation").linkToken();

        api.anonymous()
                .body(Map.of("token", token, "password", "court"))
                .post("/api/v1/password-resets/completion")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("password"));
        api.as(member).get("/api/v1/me").then().statusCode(200);
        String newPassword = "nouvelle phrase pour la médiathèque";
        api.anonymous()
                .body(Map.of("token", token, "password", newPassword))
                .post("/api/v1/password-resets/completion")
                .then()
                .statusCode(204);
        api.as(member).get("/api/v1/me").then().statusCode(401);
        api.anonymous()
                .body(Map.of("token", token, "password", "encore une autre phrase"))
                .post("/api/v1/password-resets/completion")
                .then()
                .statusCode(422);

        api.anonymous()
                .body(Map.of("email", member.email(), "password", member.password()))
                .post("/api/v1/tokens")
                .then()
                .statusCode(422);
        api.anonymous()
                .body(Map.of("email", member.email(), "password", newPassword))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201);
    }

    @Test
    void deletingAnAccountErasesItAndKillsItsTokens() {
        Api api = new Api(base);
        Member member = api.newMember("Julien Roux");
        api.as(member).delete("/api/v1/me").then().statusCode(204);
        api.as(member).get("/api/v1/me").then().statusCode(401);
        api.anonymous().get("/api/v1/members/" + member.id()).then().statusCode(404);
        api.anonymous()
                .body(Map.of("email", member.email(), "password", member.password()))
                .post("/api/v1/tokens")
                .then()
                .statusCode(422);
        List<String> ids =
                api.anonymous()
                        .get("/api/v1/members?size=100")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id");
        assertTrue(!ids.contains(member.id()), "a deleted member is no longer listed");
    }

    @Test
    void loginIsRateLimitedPerAddressWithRetryAfter() {
        Api api = new Api(base);
        Map<String, String> wrong =
                Map.of("email", "inconnu@exemple.fr", "password", "mauvais mot de passe");
        for (int attempt = 0; attempt < 6; attempt++) {
            api.anonymous().body(wrong).post("/api/v1/tokens").then().statusCode(422);
        }
        var response = api.anonymous().body(wrong).post("/api/v1/tokens");
        response.then()
                .statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", notNullValue());
        assertTrue(Integer.parseInt(response.header("Retry-After")) > 0);

        Api other = new Api(base);
        other.anonymous()
                .body(
                        Map.of(
                                "email",
                                "autre." + System.nanoTime() + "@exemple.fr",
                                "password",
                                "mauvais mot de passe"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(422);
        other.anonymous().body(wrong).post("/api/v1/tokens").then().statusCode(429);
    }

    @Test
    void listsArePagedAndBadPagingIsRefused() {
        Api api = new Api(base);
        api.newMember("Anne Petit");
        api.anonymous()
                .get("/api/v1/members?page=1&size=1")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        api.anonymous()
                .get("/api/v1/members?size=1000")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("size"));
        api.anonymous()
                .get("/api/v1/members?page=abc")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("page"));
        assertEquals(404, api.anonymous().get("/api/v1/members/999999999").statusCode());
    }
}
