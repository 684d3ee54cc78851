package org.relais.platform.web.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.platform.i18n.Messages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/** A theme overrides the default theme file by file, fragments included. */
class ThemeTemplateEngineTest {
    @TempDir Path themes;

    private void write(String path, String content) throws IOException {
        Path file = themes.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private TemplateEngine engine(String theme) {
        ThemeFiles files = new ThemeFiles(theme, Optional.of(themes), getClass().getClassLoader());
        return ThemeTemplateEngine.build(files, new BundleMessageResolver(new Messages()), false);
    }

    @Test
    void aThemeOverridesOnlyTheFilesItHas() throws IOException {
        write(
                "default/templates/page.html",
                "<p>défaut <span th:replace=\"~{part :: bit}\"></span></p>");
        write("default/templates/part.html", "<b th:fragment=\"bit\">fragment par défaut</b>");
        write("default/templates/other.html", "<p>autre page par défaut</p>");
        write("sombre/templates/part.html", "<i th:fragment=\"bit\">fragment du thème</i>");

        String page = engine("sombre").process("page", new Context(Locale.FRENCH));
        assertEquals("<p>défaut <i>fragment du thème</i></p>", page);
        assertEquals(
                "<p>autre page par défaut</p>",
                engine("sombre").process("other", new Context(Locale.FRENCH)));
        assertTrue(
                engine("default")
                        .process("page", new Context(Locale.FRENCH))
                        .contains("fragment par défaut"));
    }

    @Test
    void thePackagedDefaultThemeAnswersWhatTheDirectoryLacks() {
        ThemeFiles files =
                new ThemeFiles("inexistant", Optional.of(themes), getClass().getClassLoader());
        TemplateEngine mails =
                ThemeTemplateEngine.build(
                        files,
                        new BundleMessageResolver(new Messages()),
                        false,
                        TemplateMode.TEXT,
                        ".txt");
        Context context = new Context(Locale.FRENCH);
        context.setVariable("name", "Camille");
        context.setVariable("token", "abc_DEF-123");
        context.setVariable("baseUrl", "https://relais.example.org");
        String mail = mails.process("mail/confirm-email", context);
        assertTrue(mail.contains("Camille"), mail);
        assertTrue(
                mail.contains("https://relais.example.org/inscription/confirmer?jeton=abc_DEF-123"),
                mail);
        assertFalse(mail.contains("[("), mail);
    }

    @Test
    void templatesWriteTheFirstOfTheMonthAsFrenchDoes() throws IOException {
        write(
                "default/templates/day.html",
                "<p th:text=\"${#dateText.format(day, 'EEEE d MMMM yyyy')}\">date</p>");
        Context french = new Context(Locale.FRENCH);
        french.setVariable("day", LocalDate.of(2026, 12, 1));
        assertEquals("<p>mardi 1er décembre 2026</p>", engine("default").process("day", french));
        Context english = new Context(Locale.ENGLISH);
        english.setVariable("day", LocalDate.of(2026, 12, 1));
        assertEquals("<p>Tuesday 1 December 2026</p>", engine("default").process("day", english));
    }

    @Test
    void assetsFollowTheSameOrderAndNeverLeaveTheTheme() throws IOException {
        write("sombre/assets/css/relais.css", "body{background:black}");
        ThemeFiles files =
                new ThemeFiles("sombre", Optional.of(themes), getClass().getClassLoader());
        assertTrue(files.find("assets/css/relais.css").orElseThrow().toString().contains("sombre"));
        assertTrue(
                files.find("assets/img/logo.svg").isPresent(),
                "falls back to the packaged default");
        assertTrue(files.find("../../etc/passwd").isEmpty());
        assertTrue(files.find("assets/../../secret").isEmpty());
        assertTrue(files.find("/etc/passwd").isEmpty());
    }

    @Test
    void bundleMessagesAreFrenchByDefaultAndEnglishOnRequest() {
        Messages messages = new Messages();
        assertEquals("Page introuvable", messages.get(Locale.FRENCH, "error.404.title"));
        assertEquals("Page not found", messages.get(Locale.ENGLISH, "error.404.title"));
        assertEquals("Page introuvable", messages.get(Locale.GERMAN, "error.404.title"));
        assertEquals(
                "Trop de tentatives en peu de temps. Réessayez dans 30 secondes.",
                messages.get(Locale.FRENCH, "error.429", 30));
    }
}
