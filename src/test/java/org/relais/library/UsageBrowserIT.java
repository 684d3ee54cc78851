package org.relais.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.relais.qa.QaApiIT;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Browser;
import org.relais.testing.RelaisServer;

/**
 * A usage request in a real browser: form, answer, contract, verification; axe-core on each page.
 */
@ExtendWith(RelaisServer.class)
class UsageBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void aMemberDeclaresAUseGetsTheContractAndAVisitorVerifiesIt() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        Member author = api.newMember("Camille Roux");
        Member user = api.newMember("Idriss Moreau");
        String kit =
                LibraryApiIT.deposit(
                        api, author, "Atelier CV en ligne", QaApiIT.newTag(api), "CC-BY-4.0");
        String root = base.toString().replaceAll("/$", "");
        String number;
        String fingerprint;

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            web.get(root + "/connexion");
            web.findElement(By.id("email")).sendKeys(user.email());
            web.findElement(By.id("password")).sendKeys(user.password());
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            web.get(root + "/bibliotheque/kits/" + kit + "/utiliser");
            browser.assertAccessible();
            web.findElement(By.id("use-reproduce")).click();
            web.findElement(By.id("distribute-participants")).click();
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            browser.assertAccessible();
            assertTrue(
                    web.findElement(By.tagName("main"))
                            .getText()
                            .contains("Votre usage est couvert"));
            browser.clickAndWaitForNextPage(By.cssSelector("a[href^='/contrats/RL-']"));
            browser.assertAccessible();
            number = web.getCurrentUrl().replaceAll(".*/contrats/", "");
            fingerprint = web.findElement(By.cssSelector("main code")).getText();
            web.get(root + "/bibliotheque/demandes");
            browser.assertAccessible();
        }

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            web.get(root + "/contrats/verifier");
            browser.assertAccessible();
            web.findElement(By.id("number")).sendKeys(number);
            web.findElement(By.id("fingerprint")).sendKeys(fingerprint);
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertTrue(web.findElement(By.tagName("main")).getText().contains("est authentique"));
            browser.assertAccessible();
        }
    }
}
