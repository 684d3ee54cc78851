package org.relais.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Browser;
import org.relais.testing.RelaisServer;

/**
 * The agenda's list, month calendar, event page and form in a real browser, checked by axe-core.
 */
@ExtendWith(RelaisServer.class)
class AgendaBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void theListTheMonthAndAnEventAreAccessibleAndLinked() throws Exception {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        Member animator = api.newMember("Léa Garnier");
        String placeId = AgendaIT.placeOf(api, animator);
        String tag = "navigateur-" + System.nanoTime() % 100000;
        LocalDate day = LocalDate.now().plusDays(4);
        Map<String, Object> body = AgendaIT.anEvent("Atelier messagerie et pièces jointes", tag);
        body.put("placeId", placeId);
        body.put("start", day + "T10:00");
        body.put("end", day + "T12:00");
        body.put("recurrence", "FREQ=WEEKLY;COUNT=3");
        body.put("capacity", 4);
        String id = AgendaIT.create(api, animator, body);
        AgendaIT.sendImage(
                        api,
                        animator,
                        id,
                        "atelier.png",
                        AgendaIT.picture("png"),
                        "Deux personnes devant un ordinateur portable")
                .then()
                .statusCode(200);
        String root = base.toString().replaceAll("/$", "");

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            web.get(root + "/agenda?etiquette=" + tag);
            browser.assertAccessible();
            assertEquals(3, web.findElements(By.cssSelector(".agenda-item")).size());

            web.get(root + "/agenda/mois/" + day.toString().substring(0, 7));
            browser.assertAccessible();
            assertTrue(
                    web.findElement(By.cssSelector("table.agenda-month caption"))
                            .getText()
                            .startsWith("Événements de"));
            browser.clickAndWaitForNextPage(
                    By.cssSelector("table.agenda-month a[href='/agenda/evenements/" + id + "']"));
            assertEquals(
                    "Atelier messagerie et pièces jointes",
                    web.findElement(By.tagName("h1")).getText());
            assertEquals(
                    "Deux personnes devant un ordinateur portable",
                    web.findElement(By.cssSelector("img.event-image")).getAttribute("alt"));
            browser.assertAccessible();

            browser.logIn(base, animator.email(), animator.password());
            // each session has its own seats; following a tag; "Mon agenda" and its feed address
            web.get(root + "/agenda/evenements/" + id);
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(
                    By.cssSelector(".agenda-sessions li:first-child button[type=submit]"));
            assertTrue(
                    web.findElement(By.cssSelector(".agenda-sessions li:first-child"))
                            .getText()
                            .contains("Vous êtes inscrit·e"));
            browser.clickAndWaitForNextPage(
                    By.xpath(
                            "//form[@action='/agenda/moi/suivis']//button[contains(., '« "
                                    + tag
                                    + " »')]"));
            web.get(root + "/agenda/moi");
            browser.assertAccessible();
            assertTrue(web.findElement(By.id("contenu")).getText().contains(tag));
            browser.clickAndWaitForNextPage(
                    By.cssSelector("form[action='/agenda/moi/adresse'] button"));
            browser.assertAccessible();
            assertTrue(
                    web.findElement(By.id("adresse-agenda"))
                            .getAttribute("value")
                            .contains("/agenda/moi/"));
            web.get(root + "/agenda/evenements/nouveau?lieu=" + placeId);
            browser.assertAccessible();
            web.get(root + "/agenda/evenements/" + id + "/modifier");
            assertTrue(web.findElement(By.id("removeImage")).isDisplayed());
            browser.assertAccessible();
            web.get(root + "/lieux/" + placeId);
            assertTrue(web.findElement(By.id("agenda")).getText().contains("Atelier messagerie"));
            browser.assertAccessible();
        }
    }
}
