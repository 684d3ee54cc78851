package org.relais.newsletter.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relais.newsletter.application.IssueView;
import org.relais.newsletter.domain.DigestContent;
import org.relais.platform.i18n.Messages;
import org.relais.platform.web.theme.BundleMessageResolver;
import org.relais.platform.web.theme.ThemeFiles;
import org.relais.platform.web.theme.ThemeTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The theme's letter templates, as readers receive an issue and as the editor previews or tests the
 * draft, which has no number until it is sent.
 */
class NewsletterIssueMailTemplateTest {
    static String render(String suffix, Integer number) {
        TemplateMode mode = suffix.equals(".html") ? TemplateMode.HTML : TemplateMode.TEXT;
        IssueView issue =
                new IssueView(
                        3,
                        number,
                        "2026-12",
                        "décembre 2026",
                        "La rentrée des ateliers",
                        "Bonjour à toutes et à tous.",
                        "<p>Bonjour à toutes et à tous.</p>",
                        number == null ? "draft" : "sending",
                        null,
                        null);
        Context context =
                new Context(
                        Messages.FRENCH,
                        Map.of(
                                "issue",
                                issue,
                                "content",
                                DigestContent.EMPTY,
                                "unsubscribeUrl",
                                "https://relais.exemple.fr/lettre",
                                "regionName",
                                ""));
        context.setVariable("baseUrl", "https://relais.exemple.fr");
        return ThemeTemplateEngine.build(
                        new ThemeFiles(
                                "default",
                                Optional.empty(),
                                NewsletterIssueMailTemplateTest.class.getClassLoader()),
                        new BundleMessageResolver(new Messages()),
                        false,
                        mode,
                        suffix)
                .process("mail/newsletter-issue", context);
    }

    @ParameterizedTest
    @ValueSource(strings = {".txt", ".html"})
    void aSentIssueIsHeadedWithItsNumber(String suffix) {
        String letter = render(suffix, 7);
        assertTrue(letter.contains("Lettre n° 7 — La rentrée des ateliers"), letter);
    }

    @ParameterizedTest
    @ValueSource(strings = {".txt", ".html"})
    void theDraftIsHeadedAsADraftRatherThanWithANullNumber(String suffix) {
        String letter = render(suffix, null);
        assertTrue(letter.contains("Brouillon — La rentrée des ateliers"), letter);
        assertFalse(letter.contains("null"), letter);
    }
}
