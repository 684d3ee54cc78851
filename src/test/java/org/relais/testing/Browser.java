package org.relais.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests, with axe-core to check each page's accessibility.
 * Without Chromium installed the tests are skipped, and say so.
 */
public final class Browser implements AutoCloseable {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A new browser, or the test is skipped with a clear message when none is installed. */
    public static Browser open() {
        boolean skip = Boolean.getBoolean("relais.test.skipBrowser");
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (skip || !installed) {
            String why =
                    skip
                            ? "browser tests skipped (-DskipBrowserTests=true)"
                            : "browser tests SKIPPED: no Chromium installed (apt-get install chromium chromium-driver)";
            System.out.println(why);
        }
        Assumptions.assumeTrue(!skip && installed, "Chromium not available: browser tests skipped");
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,1024",
                    "--user-data-dir=" + Files.createTempDirectory("relais-chromium"));
            ChromeDriverService service =
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(DRIVER)
                            .usingAnyFreePort()
                            .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Logs in through the login page of the server at {@code base}, as a member would. */
    public void logIn(URL base, String email, String password) {
        driver.get(base.toString().replaceAll("/$", "") + "/connexion");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    /** Clicks what submits a form or follows a link, and waits until the next page replaced it. */
    public void clickAndWaitForNextPage(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> replaced(page));
    }

    /**
     * Whether the element belongs to a page that has been replaced. Chromium reports this either as
     * a stale element or, while the next document loads, as an inspector error saying the node
     * "does not belong to the document"; both mean the old page is gone.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null
                    && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Runs axe-core (WCAG 2.1 A and AA rules) on the current page and fails on any violation. */
    @SuppressWarnings("unchecked")
    public void assertAccessible() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result =
                js.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' ' +"
                                + " v.nodes.map(n => n.target.join(' ')).join(', '))))"
                                + ".catch(e => done(['axe failed: ' + e]));");
        List<String> violations = (List<String>) result;
        assertTrue(
                violations.isEmpty(),
                driver.getCurrentUrl() + " has accessibility violations: " + violations);
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
