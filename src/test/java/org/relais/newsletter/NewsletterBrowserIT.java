package org.relais.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Browser;
import org.relais.testing.Outbox;
import org.relais.testing.RelaisServer;
import org.relais.testing.TestServers;

/**
 * Subscribing to the letter in a real browser without an account, confirming by the mailed link,
 * the archive, a member's choices on their profile and the editor's page, each checked by axe-core.
 */
@ExtendWith(RelaisServer.class)
class NewsletterBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void aVisitorSubscribesConfirmsAndReadsTheArchive() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        String root = base.toString().replaceAll("/$", "");
        String email = "visiteuse" + System.nanoTime() % 1_000_000 + "@navigateur.test";
        Api api = new Api(base);
        Member member = api.newMember("Inès Barbier");
        // only editors and administrators prepare the letter
        api.as(member).get("/api/v1/newsletter/draft").then().statusCode(403);
        api.asAdmin().get("/api/v1/newsletter/draft").then().statusCode(200);

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            web.get(root + "/lettre");
            browser.assertAccessible();
            web.findElement(By.id("email")).sendKeys("pas-une-adresse");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertTrue(
                    web.findElement(By.cssSelector(".error-summary"))
                            .getText()
                            .contains("n’est pas valide"));
            browser.assertAccessible();

            web.findElement(By.id("email")).clear();
            web.findElement(By.id("email")).sendKeys(email);
            web.findElement(By.id("topic-forum")).click(); // no forum highlights
            new Select(web.findElement(By.id("region"))).selectByVisibleText("Bretagne");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertEquals("Vérifiez votre messagerie", web.findElement(By.tagName("h1")).getText());
            browser.assertAccessible();

            String token = Outbox.awaitMail(email, "Confirmez").linkToken();
            web.get(root + "/lettre/confirmer?jeton=" + token);
            assertEquals("Abonnement confirmé", web.findElement(By.tagName("h1")).getText());
            browser.assertAccessible();
            web.get(root + "/lettre/confirmer?jeton=" + token);
            assertEquals("Lien invalide", web.findElement(By.tagName("h1")).getText());
            browser.assertAccessible();

            web.get(root + "/lettre/archives");
            assertEquals("Lettres précédentes", web.findElement(By.tagName("h1")).getText());
            browser.assertAccessible();

            browser.logIn(base, member.email(), member.password());
            web.get(root + "/profil");
            browser.clickAndWaitForNextPage(By.cssSelector("#lettre form button[type=submit]"));
            assertTrue(
                    web.findElement(By.id("lettre")).getText().contains("Vous recevez la lettre"));
            assertTrue(web.findElement(By.id("lettre")).getText().contains("sont enregistrés"));
            browser.assertAccessible();
        }
        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            browser.logIn(base, TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD);
            web.get(root + "/lettre/editeur");
            assertEquals("Préparer la lettre", web.findElement(By.tagName("h1")).getText());
            browser.assertAccessible();
        }
    }
}
