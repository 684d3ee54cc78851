package org.relais.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.relais.testing.Browser;
import org.relais.testing.Outbox;
import org.relais.testing.RelaisServer;

/**
 * Register, confirm, log in, fill the profile and log out in a real browser, with axe-core run on
 * every page on the way: no accessibility violation is allowed.
 */
@ExtendWith(RelaisServer.class)
class AccountBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void theAccountJourneyWorksInABrowserAndEveryPageIsAccessible() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        String root = base.toString().replaceAll("/$", "");
        String email = "navigateur." + System.nanoTime() + "@exemple.fr";
        String password = "tablette et smartphone pour tous";
        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            web.get(root + "/");
            browser.assertAccessible();

            web.get(root + "/inscription");
            browser.assertAccessible();
            web.findElement(By.id("displayName")).sendKeys("Camille Lefèvre");
            web.findElement(By.id("email")).sendKeys(email);
            web.findElement(By.id("password")).sendKeys("court");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertTrue(
                    web.findElement(By.id("password")).getAttribute("aria-invalid").equals("true"));
            browser.assertAccessible();
            // The refused form's summary has the focus; its link puts the focus in the field.
            WebElement summary = web.findElement(By.cssSelector(".error-summary"));
            assertEquals(summary, web.switchTo().activeElement());
            summary.findElement(By.cssSelector("a[href='#password']")).click();
            assertEquals("password", web.switchTo().activeElement().getAttribute("id"));
            web.findElement(By.id("password")).sendKeys(password);
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertTrue(web.findElement(By.tagName("main")).getText().contains(email));
            browser.assertAccessible();

            web.get(
                    root
                            + "/inscription/confirmer?jeton="
                            + Outbox.awaitMail(email, "Confirmez").linkToken());
            browser.assertAccessible();

            web.get(root + "/connexion");
            browser.assertAccessible();
            web.findElement(By.id("email")).sendKeys(email);
            web.findElement(By.id("password")).sendKeys(password);
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            web.get(root + "/profil");
            browser.assertAccessible();
            web.findElement(By.id("city")).clear();
            web.findElement(By.id("city")).sendKeys("Rennes");
            web.findElement(By.id("skills")).sendKeys("smartphone, démarches en ligne");
            browser.clickAndWaitForNextPage(
                    By.cssSelector("form[action='/profil'] button[type=submit]"));
            assertEquals("Rennes", web.findElement(By.id("city")).getAttribute("value"));
            assertTrue(
                    web.findElement(By.id("skills"))
                            .getAttribute("value")
                            .contains("démarches en ligne"));
            browser.assertAccessible();

            web.get(root + "/membres");
            browser.assertAccessible();
            assertTrue(web.findElement(By.tagName("main")).getText().contains("Camille Lefèvre"));

            web.get(root + "/page-inconnue");
            browser.assertAccessible();

            web.get(root + "/profil");
            browser.clickAndWaitForNextPage(By.cssSelector("form[action='/deconnexion'] button"));
            web.get(root + "/profil");
            assertTrue(web.getCurrentUrl().contains("/connexion"), web.getCurrentUrl());
        }
    }
}
