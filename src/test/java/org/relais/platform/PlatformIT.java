package org.relais.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/** What every page and every API call gets from the platform kernel. */
@ExtendWith(RelaisServer.class)
class PlatformIT {
    @RelaisServer.Base URL base;

    @Test
    void everyResponseCarriesTheSecurityHeadersStaticFilesAndErrorsIncluded() {
        PageClient browser = new PageClient(base);
        for (String path : new String[] {"/", "/assets/css/relais.css", "/page-qui-n-existe-pas"}) {
            Page page = browser.get(path);
            String csp = page.header("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
            assertTrue(csp.contains("base-uri 'none'"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(""), path);
            assertTrue(page.header("Referrer-Policy").isPresent(), path);
            assertFalse(
                    page.header("Strict-Transport-Security").isPresent(),
                    "no HSTS over plain HTTP");
        }
        new Api(base)
                .anonymous()
                .header("X-Forwarded-Proto", "https")
                .get("/")
                .then()
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void anUnknownPageIsAFrenchErrorPageWithACorrelationIdAndNoStackTrace() {
        Page page = new PageClient(base).get("/nulle-part");
        assertEquals(404, page.status());
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.text().contains("Page introuvable"), page.text());
        String correlationId = page.header("X-Correlation-Id").orElseThrow();
        assertTrue(page.text().contains(correlationId), page.text());
        assertFalse(page.response().body().contains("Exception"));
        assertEquals("fr", page.document().select("html").attr("lang"));
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() {
        new Api(base)
                .anonymous()
                .get("/api/v1/nulle-part")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Page introuvable"))
                .body("correlationId", not(equalTo("")));
    }

    @Test
    void theHomePageShowsTheNetworkAndItsNewestMembers() {
        Member member = new Api(base).newMember("Mamadou Diallo");
        Page home = new PageClient(base).get("/");
        assertEquals(200, home.status());
        assertTrue(
                home.document().select("a.skip-link, a[href=#contenu], a[href=#main]").size() > 0,
                "a skip link");
        assertEquals(1, home.document().select("main").size());
        assertTrue(
                home.document().select("main a[href=/membres/" + member.id() + "]").size() > 0,
                home.text());
        assertTrue(
                home.document().select("header nav a[href=/membres]").size() > 0,
                "members in the navigation");
    }

    @Test
    void everyPageFooterLeadsToTheNewsletterAndTheAgendaFeeds() {
        PageClient browser = new PageClient(base);
        Page page = browser.get("/questions");
        var follow = page.document().select("footer nav[aria-labelledby=follow-nav-title]");
        assertEquals(1, follow.size(), page.text());
        assertEquals(
                "Suivre le réseau",
                page.document().select("#follow-nav-title").text(),
                "the navigation is named by its visible title");
        List<String> links = follow.select("a").eachAttr("href");
        assertEquals(List.of("/lettre", "/agenda.ics", "/agenda.atom"), links);
        for (String link : links) {
            Page target = browser.get(link);
            assertEquals(200, target.status(), link);
        }
    }

    @Test
    void theLanguageSwitchShowsThePagesInEnglishAndBack() {
        PageClient browser = new PageClient(base);
        Page switched = browser.get("/langue/en?retour=/connexion");
        assertEquals(303, switched.status());
        assertTrue(switched.location().endsWith("/connexion"));
        Page english = browser.get("/connexion");
        assertEquals("en", english.document().select("html").attr("lang"));
        Page offsite = browser.get("/langue/fr?retour=https://ailleurs.example/");
        assertTrue(
                offsite.location().endsWith("/") && !offsite.location().contains("ailleurs"),
                offsite.location());
        assertEquals("fr", browser.get("/connexion").document().select("html").attr("lang"));
    }

    @Test
    void theMarkdownPreviewIsForMembersAndSanitised() {
        Api api = new Api(base);
        api.anonymous()
                .body(Map.of("markdown", "**gras**"))
                .post("/api/v1/markdown/preview")
                .then()
                .statusCode(401);
        Member member = api.newMember("Sophie Martin");
        api.as(member)
                .body(
                        Map.of(
                                "markdown",
                                "| a | b |\n|---|---|\n| 1 | 2 |\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>"))
                .post("/api/v1/markdown/preview")
                .then()
                .statusCode(200)
                .body("html", containsString("<table>"))
                .body("html", not(containsString("javascript:")))
                .body("html", not(containsString("<script")))
                .body("html", not(containsString("<img")));
        api.as(member)
                .body(Map.of())
                .post("/api/v1/markdown/preview")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("markdown"));
    }

    @Test
    void healthMetricsAndTheApiDescriptionAreServed() {
        Api api = new Api(base);
        api.anonymous().get("/health").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(base.toString())
                .accept("text/plain")
                .get("/metrics")
                .then()
                .statusCode(200)
                .body(containsString("# TYPE"));
        given().baseUri(base.toString())
                .get("/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/accounts"));
    }
}
