package org.relais.timebank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * The time bank in a real browser: a member publishes an offer, another pays for it from its page
 * and is told of the overflow before confirming, the helper sees it in their history; every page
 * checked by axe-core.
 */
@ExtendWith(RelaisServer.class)
class TimebankBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void anOfferIsPublishedPaidForAndTheOverflowGoesToThePool() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        Member helper = api.newMember("Yasmine Aidante");
        Member helped = api.newMember("Zacharie Aidé");
        TimebankApiIT.bounds(api, helper, -600, 60);
        String root = base.toString().replaceAll("/$", "");
        String title = "Initiation à la visioconférence " + System.nanoTime();
        String offerUrl;

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, helper);
            web.get(root + "/banque-de-temps/annonces/nouvelle");
            browser.assertAccessible();
            web.findElement(By.id("title")).sendKeys(title);
            web.findElement(By.id("description"))
                    .sendKeys("Une heure pour installer et essayer une visio avec un proche.");
            web.findElement(By.id("tags")).sendKeys("visioconference");
            web.findElement(By.id("place")).sendKeys("Médiathèque de Lorient");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertEquals(title, web.findElement(By.tagName("h1")).getText());
            offerUrl = web.getCurrentUrl();
            browser.assertAccessible();
            web.get(root + "/banque-de-temps");
            assertTrue(web.findElement(By.tagName("main")).getText().contains(title));
            browser.assertAccessible();
        }

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, helped);
            web.get(offerUrl);
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(By.cssSelector("a[href*='/banque-de-temps/verser']"));
            browser.assertAccessible();
            web.findElement(By.id("heures")).clear();
            web.findElement(By.id("heures")).sendKeys("1");
            web.findElement(By.id("minutes")).clear();
            web.findElement(By.id("minutes")).sendKeys("30");
            browser.clickAndWaitForNextPage(By.cssSelector("button[name=etape][value=verifier]"));
            String confirmation = web.findElement(By.tagName("main")).getText();
            assertTrue(
                    confirmation.contains("écrêtement : 30 min versées au fonds commun"),
                    confirmation);
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(By.cssSelector("button[name=etape][value=confirmer]"));
            browser.assertAccessible();
        }
        assertEquals(-90, TimebankApiIT.balance(api, helped));
        assertEquals(60, TimebankApiIT.balance(api, helper));

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, helper);
            web.get(root + "/banque-de-temps/compte");
            String account = web.findElement(By.tagName("main")).getText();
            assertTrue(account.contains("écrêtement : 30 min versées au fonds commun"), account);
            browser.assertAccessible();
            web.get(root + "/banque-de-temps/fonds-commun");
            assertTrue(web.findElement(By.tagName("main")).getText().contains("Yasmine Aidante"));
            browser.assertAccessible();

            web.get(root + "/banque-de-temps/demander?a=" + helped.id());
            browser.assertAccessible();
            web.findElement(By.id("heures")).clear();
            web.findElement(By.id("heures")).sendKeys("0");
            web.findElement(By.id("minutes")).clear();
            web.findElement(By.id("minutes")).sendKeys("15");
            web.findElement(By.id("memo")).sendKeys("Suivi de la première visio");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            String requested = web.findElement(By.tagName("main")).getText();
            assertTrue(requested.contains("Vous demandez 15 min à Zacharie Aidé"), requested);
            browser.assertAccessible();
        }

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, helped);
            web.get(root + "/banque-de-temps/compte");
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(
                    By.cssSelector("form[action$='/payer'] button[type=submit]"));
            browser.assertAccessible();
        }
        assertEquals(-105, TimebankApiIT.balance(api, helped));
    }

    private static void logIn(Browser browser, String root, Member member) {
        WebDriver web = browser.driver();
        web.get(root + "/connexion");
        web.findElement(By.id("email")).sendKeys(member.email());
        web.findElement(By.id("password")).sendKeys(member.password());
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }
}
