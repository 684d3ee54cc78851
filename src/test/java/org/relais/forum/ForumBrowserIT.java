package org.relais.forum;

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
import org.relais.testing.RelaisServer;
import org.relais.testing.TestServers;

/** Opening a topic and replying with a quote in a real browser, every page checked by axe-core. */
@ExtendWith(RelaisServer.class)
class ForumBrowserIT {
    @RelaisServer.Base URL base;

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
            browser.logIn(base, author.email(), author.password());

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
            browser.logIn(base, replier.email(), replier.password());
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

    /** The moderators' forms (move, merge, silence) and a tag page, keyboard- and axe-clean. */
    @Test
    void aModeratorMergesATopicAndSilencesItsAuthorFromAccessiblePages() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        String categoryId = ForumApiIT.category(api, "Logiciels libres");
        Member author = api.newMember("Bastien Roche");
        String words = "Emmabuntüs " + System.nanoTime() % 100000;
        String source = ForumApiIT.topic(api, author, categoryId, words + " sur les vieux PC");
        String target =
                ForumApiIT.topic(
                        api,
                        api.newMember("Claire Morin"),
                        categoryId,
                        "Reconditionner avec " + words);
        String root = base.toString().replaceAll("/$", "");

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            browser.logIn(base, TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD);
            web.get(root + "/forum/sujets/" + source);
            browser.assertAccessible();
            web.findElement(By.id("q")).sendKeys(words);
            browser.clickAndWaitForNextPage(
                    By.cssSelector("form[action$='/fusion'] button[type=submit]"));
            browser.assertAccessible();
            web.findElement(By.cssSelector("input[name=targetTopicId][value='" + target + "']"))
                    .click();
            browser.clickAndWaitForNextPage(
                    By.cssSelector("form[action$='/moderation'] button[type=submit]"));
            assertTrue(
                    web.getCurrentUrl().contains("/forum/sujets/" + target), web.getCurrentUrl());

            browser.clickAndWaitForNextPage(By.linkText("Suspendre l’auteur"));
            browser.assertAccessible();
            web.findElement(By.id("length-7d")).click();
            web.findElement(By.id("reason")).sendKeys("Messages en double à répétition");
            browser.clickAndWaitForNextPage(
                    By.cssSelector(
                            "form[action='/moderation/forum/silences'] button[type=submit]"));
            assertTrue(web.findElement(By.tagName("main")).getText().contains("Claire Morin"));
            browser.assertAccessible();
        }
        java.util.List<String> tags =
                api.asAdmin()
                        .body(
                                ForumApiIT.newTopic(
                                        categoryId,
                                        "Une clé USB de logiciels libres",
                                        java.util.List.of(
                                                "Logithèque " + System.nanoTime() % 1000)))
                        .post("/api/v1/forum/topics")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("tags");
        try (Browser browser = Browser.open()) {
            browser.logIn(base, author.email(), author.password());
            browser.driver().get(root + "/forum/sujets");
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(
                    By.cssSelector("a[href='/forum/etiquettes/" + tags.get(0) + "']"));
            new Select(browser.driver().findElement(By.id("watch-level")))
                    .selectByValue("TRACKING");
            browser.clickAndWaitForNextPage(By.cssSelector("form.forum-watch button[type=submit]"));
            assertEquals(
                    "TRACKING",
                    new Select(browser.driver().findElement(By.id("watch-level")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            browser.assertAccessible();
        }
    }
}
