package org.relais.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.relais.directory.DirectoryApiIT;
import org.relais.testing.Api;
import org.relais.testing.Browser;
import org.relais.testing.RelaisServer;

/**
 * Searching from the header box, refining with a facet and following a hit, and choosing a
 * suggestion while typing, checked by axe-core.
 */
@ExtendWith(RelaisServer.class)
class SearchBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void aVisitorSearchesFromTheHeaderAndRefinesByType() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        String name = "Fabrique numérique Pélican";
        DirectoryApiIT.createPlace(api, api.newMember("Rose Martin"), DirectoryApiIT.aPlace(name));
        String root = base.toString().replaceAll("/$", "");

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            web.get(root + "/");
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .until(
                            () ->
                                    api.anonymous()
                                            .get("/api/v1/search?q=pelican")
                                            .then()
                                            .extract()
                                            .path("total"),
                            total -> Integer.valueOf(1).equals(total));
            web.findElement(By.id("site-search-q")).sendKeys("fabrique pelican");
            browser.clickAndWaitForNextPage(By.cssSelector("header form[role=search] button"));
            assertTrue(web.findElement(By.cssSelector(".search-results")).getText().contains(name));
            browser.assertAccessible();

            browser.clickAndWaitForNextPage(
                    By.cssSelector(".search-facets section:first-of-type a"));
            assertEquals(
                    "true",
                    web.findElement(By.cssSelector(".search-facets a[aria-current]"))
                            .getAttribute("aria-current"));
            browser.assertAccessible();

            browser.clickAndWaitForNextPage(By.linkText(name));
            assertEquals(name, web.findElement(By.tagName("h1")).getText());
        }
    }

    @Test
    void theHeaderBoxSuggestsTitlesWhileTypingAndOpensTheChosenOne() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        String name = "Atelier numérique Kinkajou";
        DirectoryApiIT.createPlace(
                api, api.newMember("Anouk Lemaire"), DirectoryApiIT.aPlace(name));
        String root = base.toString().replaceAll("/$", "");

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            web.get(root + "/");
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .until(
                            () ->
                                    api.anonymous()
                                            .get("/api/v1/search/suggest?q=kinka")
                                            .then()
                                            .extract()
                                            .jsonPath()
                                            .getList("label"),
                            titles -> titles.contains(name));
            WebElement box = web.findElement(By.id("site-search-q"));
            assertEquals("combobox", box.getAttribute("role"));
            box.sendKeys("atelier kinka");
            WebDriverWait wait = new WebDriverWait(web, java.time.Duration.ofSeconds(5));
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("#site-search-suggestions [role=option]")));
            assertEquals("true", box.getAttribute("aria-expanded"));
            assertTrue(
                    web
                            .findElements(By.cssSelector("#site-search-suggestions [role=option]"))
                            .stream()
                            .anyMatch(o -> o.getText().equals(name)));
            browser.assertAccessible();

            box.sendKeys(Keys.ESCAPE);
            wait.until(
                    ExpectedConditions.invisibilityOfElementLocated(
                            By.id("site-search-suggestions")));
            assertEquals("false", box.getAttribute("aria-expanded"));

            box.sendKeys(Keys.ARROW_DOWN);
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("#site-search-suggestions [role=option]")));
            box.sendKeys(Keys.ARROW_DOWN);
            String active = box.getAttribute("aria-activedescendant");
            assertEquals("true", web.findElement(By.id(active)).getAttribute("aria-selected"));
            assertEquals(name, web.findElement(By.id(active)).getText());
            WebElement home = web.findElement(By.tagName("html"));
            box.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.stalenessOf(home));
            assertEquals(name, web.findElement(By.tagName("h1")).getText());
            assertTrue(web.getCurrentUrl().contains("/lieux/"), web.getCurrentUrl());
        }
    }
}
