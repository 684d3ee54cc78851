package org.relais.directory;

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
 * Searching the directory and opening a place in a real browser, every page checked by axe-core.
 */
@ExtendWith(RelaisServer.class)
class DirectoryBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void aVisitorSearchesNearATownAndOpensAPlace() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        Member manager = api.newMember("Camille Lefèvre");
        String name = "Maison du numérique de Maurepas " + System.nanoTime();
        DirectoryApiIT.createPlace(api, manager, DirectoryApiIT.aPlace(name));
        String root = base.toString().replaceAll("/$", "");

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            web.get(root + "/lieux");
            browser.assertAccessible();
            web.findElement(By.id("pres")).sendKeys("Rennes");
            web.findElement(By.id("q")).sendKeys("Maurepas");
            browser.clickAndWaitForNextPage(
                    By.cssSelector("main form[role=search] button[type=submit]"));
            assertTrue(web.findElement(By.tagName("main")).getText().contains(name));
            browser.assertAccessible();

            browser.clickAndWaitForNextPage(By.linkText(name));
            assertEquals(name, web.findElement(By.tagName("h1")).getText());
            browser.assertAccessible();

            web.get(root + "/connexion");
            web.findElement(By.id("email")).sendKeys(manager.email());
            web.findElement(By.id("password")).sendKeys(manager.password());
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            web.get(root + "/lieux/nouveau");
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(
                    By.cssSelector("form[action='/lieux/nouveau'] button[type=submit]"));
            assertTrue(web.findElement(By.tagName("main")).getText().contains("charte"));
            browser.assertAccessible();
        }
    }
}
