package org.relais.betatest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A whole call in a real browser, without any script of Relais: a holder opens a call, a member
 * applies, the holder selects them and starts the tests, the tester reports, the holder accepts the
 * report, closes the call and publishes results with a quote; every page checked by axe-core.
 */
@ExtendWith(RelaisServer.class)
class BetaTestBrowserIT {
    @RelaisServer.Base URL base;

    @Test
    void aCallIsOpenedAppliedToReportedOnAndItsResultsPublished() {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "browser journeys run once, on the H2 execution");
        Api api = new Api(base);
        Member holderMember = api.newMember("Hélène Porteuse");
        Member testerMember = api.newMember("Bernard Testeur");
        String root = base.toString().replaceAll("/$", "");
        String title = "Essayer la borne de la médiathèque " + System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

        try (Browser holder = Browser.open();
                Browser tester = Browser.open()) {
            WebDriver web = holder.driver();
            holder.logIn(base, holderMember.email(), holderMember.password());
            web.get(root + "/beta-tests/nouvel-appel");
            holder.assertAccessible();
            web.findElement(By.id("title")).sendKeys(title);
            web.findElement(By.id("product")).sendKeys("Borne de prêt en libre-service");
            web.findElement(By.id("description"))
                    .sendKeys("La nouvelle borne doit se comprendre **sans aide**.");
            web.findElement(By.id("scenarioTitle1")).sendKeys("Emprunter un livre");
            web.findElement(By.id("scenarioExpected1")).sendKeys("Le ticket de prêt s’imprime.");
            web.findElement(By.id("scenarioTitle2")).sendKeys("Rendre un livre");
            web.findElement(By.id("scenarioExpected2")).sendKeys("Le retour est confirmé.");
            web.findElement(By.id("audiences-senior")).click();
            web.findElement(By.id("slots")).clear();
            web.findElement(By.id("slots")).sendKeys("2");
            setDate(holder, "applicationDeadline", today.plusDays(2));
            setDate(holder, "testStart", today.plusDays(3));
            setDate(holder, "testEnd", today.plusDays(15));
            web.findElement(By.id("tags")).sendKeys("mediatheque");
            holder.clickAndWaitForNextPage(By.cssSelector("main form .form__actions button"));
            assertTrue(main(web).contains("Votre appel est ouvert"), main(web));
            String callUrl = web.getCurrentUrl().replaceAll("\\?.*$", "");
            String callId = callUrl.replaceAll(".*/", "");
            holder.assertAccessible();

            WebDriver other = tester.driver();
            tester.logIn(base, testerMember.email(), testerMember.password());
            other.get(callUrl);
            tester.assertAccessible();
            other.findElement(By.id("motivation"))
                    .sendKeys("J’anime les ateliers numériques du samedi à la médiathèque.");
            other.findElement(By.id("audiences-senior")).click();
            other.findElement(By.id("devices-tablet")).click();
            tester.clickAndWaitForNextPage(By.cssSelector("#apply-title ~ form button"));
            assertTrue(main(other).contains("Votre candidature est envoyée"), main(other));
            tester.assertAccessible();

            web.get(root + "/beta-tests/gestion/" + callId);
            assertTrue(main(web).contains("Bernard Testeur"), main(web));
            holder.assertAccessible();
            web.findElement(By.cssSelector("input[name=applicationIds]")).click();
            holder.clickAndWaitForNextPage(By.cssSelector("form[action$='/selection'] button"));
            assertTrue(main(web).contains("Retenu·e"), main(web));
            holder.clickAndWaitForNextPage(
                    By.cssSelector("input[name=phase][value=testing] + button"));
            assertTrue(main(web).contains("Tests en cours"), main(web));
            holder.assertAccessible();

            other.get(root + "/beta-tests/mon-rapport/" + callId);
            tester.assertAccessible();
            other.findElement(By.id("outcome-1-pass")).click();
            other.findElement(By.id("outcome-2-fail")).click();
            other.findElement(By.id("comment-2")).sendKeys("Aucun message à l’écran.");
            other.findElement(By.id("rating-4")).click();
            other.findElement(By.cssSelector("#problemSeverity1 option[value=major]")).click();
            other.findElement(By.id("problemText1")).sendKeys("Le retour n’est pas confirmé");
            other.findElement(By.id("text")).sendKeys("Borne claire, sauf pour rendre un livre.");
            tester.clickAndWaitForNextPage(By.cssSelector("main form .form__actions button"));
            assertTrue(main(other).contains("Votre rapport est enregistré"), main(other));
            tester.assertAccessible();

            web.get(root + "/beta-tests/gestion/" + callId + "/rapports");
            assertTrue(main(web).contains("Le retour n’est pas confirmé"), main(web));
            holder.assertAccessible();
            holder.clickAndWaitForNextPage(By.cssSelector("form[action$='/acceptation'] button"));
            assertTrue(main(web).contains("Le rapport est accepté"), main(web));
            holder.clickAndWaitForNextPage(By.cssSelector("form[action$='/cloture'] button"));
            assertTrue(main(web).contains("L’appel est clos"), main(web));
            holder.assertAccessible();
            web.findElement(By.id("response"))
                    .sendKeys("Le retour affiche maintenant « Livre bien rendu ».");
            web.findElement(By.cssSelector("input[name=quoted]")).click();
            holder.clickAndWaitForNextPage(By.cssSelector("form[action$='/publication'] button"));
            String results = main(web);
            assertTrue(results.contains("Livre bien rendu"), results);
            assertTrue(results.contains("Borne claire, sauf pour rendre un livre."), results);
            holder.assertAccessible();

            other.get(callUrl + "/resultats");
            assertTrue(main(other).contains("Livre bien rendu"), main(other));
            tester.assertAccessible();
        }
    }

    private static void setDate(Browser browser, String id, LocalDate day) {
        browser.driver()
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.driver().findElement(By.id(id)),
                        day.toString());
    }

    private static String main(WebDriver web) {
        return web.findElement(By.tagName("main")).getText();
    }
}
