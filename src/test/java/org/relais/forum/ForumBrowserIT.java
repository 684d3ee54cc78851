package org.relais.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Browser;
import org.relais.testing.Deployments;

/** Opening a topic and replying with a quote in a real browser, every page checked by axe-core. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumBrowserIT {
    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relais();
    }

    @Test
    void aMemberOpensATopicAndAnotherRepliesWithAQuote() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        Member author = api.newMember("Camille Lefèvre");
        Member replier = api.newMember("Karim Benali");
        String categoryId = ForumApiIT.category(api, "Accompagnement des publics");
        String root = base.toString().replaceAll("/$", "");
        String title = "Ateliers tablette pour les seniors " + System.nanoTime();
        String opening = "Quelle durée idéale pour un atelier tablette avec des seniors ?";
        String topicUrl;

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, author);

            web.get(root + "/forum");
            browser.assertAccessible();
            String categoryName =
                    web.findElement(
                                    By.cssSelector(
                                            "a[href='/forum/categories/" + categoryId + "']"))
                            .getText();
            browser.clickAndWaitForNextPage(
                    By.cssSelector("a[href='/forum/categories/" + categoryId + "']"));
            assertEquals(categoryName, web.findElement(By.tagName("h1")).getText());
            browser.assertAccessible();

            web.get(root + "/forum/nouveau");
            browser.assertAccessible();
            new Select(web.findElement(By.id("categoryId"))).selectByValue(categoryId);
            web.findElement(By.id("title")).sendKeys(title);
            web.findElement(By.id("body")).sendKeys(opening);
            browser.clickAndWaitForNextPage(
                    By.cssSelector("form[action='/forum/nouveau'] button[type=submit]"));
            assertEquals(title, web.findElement(By.tagName("h1")).getText());
            assertTrue(web.getCurrentUrl().contains("/forum/sujets/"), web.getCurrentUrl());
            topicUrl = web.getCurrentUrl().replaceAll("[?#].*$", "");
            browser.assertAccessible();
        }

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, replier);
            web.get(topicUrl);
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(By.linkText("Citer"));
            String prefilled = web.findElement(By.id("body")).getAttribute("value");
            assertTrue(prefilled.contains(opening), prefilled);
            browser.assertAccessible();
            web.findElement(By.id("body")).sendKeys("\n\nUne heure, pas plus, avec une pause.");
            browser.clickAndWaitForNextPage(
                    By.cssSelector("form[action$='/repondre'] button[type=submit]"));
            assertTrue(
                    web.findElements(By.cssSelector(".forum-post__body blockquote")).stream()
                            .anyMatch(quote -> quote.getText().contains(opening)),
                    "the quote is shown on the topic page");
            assertTrue(
                    web.findElement(By.tagName("main"))
                            .getText()
                            .contains("Une heure, pas plus, avec une pause."));
            browser.assertAccessible();
        }
    }

    private static void logIn(Browser browser, String root, Member member) {
        WebDriver web = browser.driver();
        web.get(root + "/connexion");
        web.findElement(By.id("email")).sendKeys(member.email());
        web.findElement(By.id("password")).sendKeys(member.password());
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }
}
