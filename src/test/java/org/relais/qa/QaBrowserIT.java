package org.relais.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Browser;
import org.relais.testing.RelaisServer;

/**
 * Asking, answering and accepting in a real browser, then finding the answerer among the experts,
 * every page checked by axe-core.
 */
@ExtendWith(RelaisServer.class)
class QaBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void aQuestionIsAskedAnsweredAcceptedAndTheAnswererBecomesAnExpert() {
        onH2Only();
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member asker = api.newMember("Paul Demande");
        Member answerer = api.newMember("Renée Experte");
        api.as(answerer)
                .body(QaApiIT.aPlaceInRennes())
                .post("/api/v1/places")
                .then()
                .statusCode(201);
        String root = base.toString().replaceAll("/$", "");
        String title = "Comment aider à créer une adresse mail " + System.nanoTime() + " ?";
        String answerText = "Je commence toujours par choisir un mot de passe avec la personne.";
        String questionUrl;

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, asker);
            web.get(root + "/questions/poser");
            browser.assertAccessible();
            web.findElement(By.id("title")).sendKeys(title);
            web.findElement(By.id("body")).sendKeys("Une personne n’a jamais eu d’adresse mail.");
            web.findElement(By.id("tags")).sendKeys(tag);
            browser.clickAndWaitForNextPage(By.cssSelector("button[name=etape][value=verifier]"));
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(By.cssSelector("button[name=etape][value=publier]"));
            assertEquals(title, web.findElement(By.tagName("h1")).getText());
            questionUrl = web.getCurrentUrl().replaceAll("[?#].*$", "");
            browser.assertAccessible();
        }

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, answerer);
            web.get(questionUrl);
            browser.assertAccessible();
            web.findElement(By.id("body")).sendKeys(answerText);
            browser.clickAndWaitForNextPage(
                    By.cssSelector("form[action$='/reponses'] button[type=submit]"));
            assertTrue(web.findElement(By.id("reponses")).getText().contains(answerText));
            browser.assertAccessible();
        }
        // A second, later answer, so that accepting the first one moves it to the top.
        String questionId = questionUrl.replaceAll(".*/", "");
        QaApiIT.answer(api, api.newMember("Zoé Seconde"), questionId);

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, asker);
            web.get(questionUrl);
            browser.assertAccessible();
            List<WebElement> answers = web.findElements(By.cssSelector("article.qa-answer"));
            WebElement mine =
                    answers.stream()
                            .filter(a -> a.getText().contains(answerText))
                            .findFirst()
                            .orElseThrow();
            String answerId = mine.getAttribute("id");
            browser.clickAndWaitForNextPage(
                    By.cssSelector("#" + answerId + " form[action$='/accepter'] button"));
            WebElement first = web.findElements(By.cssSelector("article.qa-answer")).get(0);
            assertEquals(answerId, first.getAttribute("id"));
            assertTrue(first.getAttribute("class").contains("qa-answer--accepted"));
            assertTrue(first.getText().contains(answerText));
            browser.assertAccessible();
        }

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            web.get(root + "/experts?etiquette=" + tag);
            assertTrue(
                    web.findElement(By.tagName("main")).getText().contains("Renée Experte"),
                    "the answerer is listed among the experts of the tag");
            // The answerer's place in Rennes puts a point on the map, which map.js then shows.
            new WebDriverWait(web, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("carte")));
            browser.assertAccessible();

            // before any search, the page offers the subjects where members have answered
            web.get(root + "/experts");
            assertFalse(
                    web.findElements(By.cssSelector("#experts-topics + ul.tags a")).isEmpty(),
                    "subjects with answered questions are offered");
            browser.assertAccessible();
        }
    }

    @Test
    void similarQuestionsAndPlacesShowWhileTypingAndAnAnswerIsEditedFromItsQuestion() {
        onH2Only();
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String word = "Visioconférence" + System.nanoTime();
        String known = word + " : régler le micro d’un ordinateur portable";
        String questionId = QaApiIT.ask(api.asAdmin(), known, tag);
        Member member = api.newMember("Inès Retouche");
        String answerId = QaApiIT.answer(api, member, questionId);
        Map<String, Object> place = QaApiIT.aPlaceInRennes();
        place.put("nom", "Cyberbase " + word);
        api.as(member).body(place).post("/api/v1/places").then().statusCode(201);
        String root = base.toString().replaceAll("/$", "");

        try (Browser browser = Browser.open()) {
            WebDriver web = browser.driver();
            logIn(browser, root, member);
            web.get(root + "/questions/poser");
            web.findElement(By.id("title")).sendKeys(word + " micro portable");
            WebElement link =
                    new WebDriverWait(web, Duration.ofSeconds(15))
                            .until(
                                    ExpectedConditions.presenceOfElementLocated(
                                            By.cssSelector(
                                                    "#similar-live a[href='/questions/"
                                                            + questionId
                                                            + "']")));
            assertEquals(known, link.getText());
            assertEquals(
                    "polite", web.findElement(By.id("similar-live")).getAttribute("aria-live"));
            web.findElement(By.id("lieu")).sendKeys(word);
            new WebDriverWait(web, Duration.ofSeconds(15))
                    .until(
                            ExpectedConditions.presenceOfElementLocated(
                                    By.cssSelector(
                                            "datalist#lieu-suggestions option[value='Cyberbase "
                                                    + word
                                                    + "']")));
            browser.assertAccessible();

            web.get(root + "/questions/" + questionId);
            browser.clickAndWaitForNextPage(
                    By.cssSelector(
                            "#reponse-"
                                    + answerId
                                    + " a[href$='/reponses/"
                                    + answerId
                                    + "/modifier']"));
            browser.assertAccessible();
            WebElement body = web.findElement(By.id("body"));
            body.clear();
            body.sendKeys("Dans les réglages son, choisir le micro intégré puis tester.");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertTrue(
                    web.findElement(By.id("reponse-" + answerId))
                            .getText()
                            .contains("choisir le micro intégré puis tester"));
            browser.assertAccessible();
        }
    }

    private static void onH2Only() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
    }

    private static void logIn(Browser browser, String root, Member member) {
        WebDriver web = browser.driver();
        web.get(root + "/connexion");
        web.findElement(By.id("email")).sendKeys(member.email());
        web.findElement(By.id("password")).sendKeys(member.password());
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }
}
