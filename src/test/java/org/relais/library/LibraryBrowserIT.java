package org.relais.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The guided deposit in a real browser, every step and the kit's page checked by axe-core. */
@ExtendWith(RelaisServer.class)
class LibraryBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void aKitIsDepositedThroughEveryStepAndEveryPageIsAccessible() throws IOException {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Maëlle Navigatrice");
        String root = base.toString().replaceAll("/$", "");
        String title = "Atelier navigateur " + System.nanoTime();
        Path guide = Files.createTempFile("guide-", ".pdf");
        try (Browser browser = Browser.open()) {
            Files.write(guide, KitFixtures.pdf("Guide du navigateur"));
            WebDriver web = browser.driver();
            browser.logIn(base, author.email(), author.password());

            web.get(root + "/bibliotheque/deposer");
            browser.assertAccessible();
            web.findElement(By.id("title")).sendKeys(title);
            web.findElement(By.id("summary")).sendKeys("Choisir et utiliser un navigateur web.");
            web.findElement(By.id("tags")).sendKeys(tag);
            web.findElement(By.id("file")).sendKeys(guide.toAbsolutePath().toString());
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            assertTrue(web.getCurrentUrl().endsWith("/origine"), web.getCurrentUrl());
            browser.assertAccessible();
            web.findElement(By.id("kind-OWN")).click();
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            assertTrue(web.getCurrentUrl().endsWith("/licence"), web.getCurrentUrl());
            browser.assertAccessible();
            web.findElement(By.id("licence-CC-BY-ND-4.0")).click();
            browser.clickAndWaitForNextPage(By.cssSelector("button[name=choix][value=direct]"));

            assertTrue(web.getCurrentUrl().endsWith("/autorisations"), web.getCurrentUrl());
            browser.assertAccessible();
            web.findElement(By.id("grant-DISABILITY_ADAPTATION-GRANTED")).click();
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            assertTrue(web.getCurrentUrl().endsWith("/declaration"), web.getCurrentUrl());
            browser.assertAccessible();
            web.findElement(By.id("declarationAccepted")).click();
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            assertTrue(web.getCurrentUrl().endsWith("/recapitulatif"), web.getCurrentUrl());
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            String kitUrl = web.getCurrentUrl();
            assertEquals(title, web.findElement(By.tagName("h1")).getText());
            assertTrue(web.findElement(By.tagName("main")).getText().contains("CC BY-ND 4.0"));
            browser.assertAccessible();

            web.get(root + "/bibliotheque");
            browser.assertAccessible();

            web.get(root + "/bibliotheque/remix?par=kits&sources=" + kitUrl);
            assertTrue(web.findElement(By.id("remix-attribution")).getText().contains(title));
            browser.assertAccessible();
            web.get(
                    root
                            + "/bibliotheque/remix?par=licences&licences=CC-BY-4.0&licences=CC-BY-SA-4.0");
            browser.assertAccessible();
        } finally {
            try {
                Files.deleteIfExists(guide);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
