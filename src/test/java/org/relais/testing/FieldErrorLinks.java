package org.relais.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.relais.testing.PageClient.Page;

/**
 * What a screen reader needs to tie a form's error to its field (RGAA 11.10, WCAG 1.3.1 and 3.3.1):
 * every aria-describedby names elements of the page, and every field marked invalid is described by
 * the paragraph of its error (class {@code field__error}, id {@code <name>-error}).
 */
public final class FieldErrorLinks {
    private FieldErrorLinks() {}

    /**
     * Holds for every page: no aria-describedby names a missing id, and each element with
     * aria-invalid="true" is described by at least one error paragraph. {@link PageClient} checks
     * it on each HTML page it gets.
     */
    public static void assertConsistent(Document document, String where) {
        for (Element described : document.select("[aria-describedby]")) {
            List<String> ids = ids(described);
            assertFalse(ids.isEmpty(), where + ": empty aria-describedby on " + tag(described));
            for (String id : ids) {
                assertTrue(
                        document.getElementById(id) != null,
                        where
                                + ": aria-describedby names a missing id «"
                                + id
                                + "» on "
                                + tag(described));
            }
        }
        for (Element invalid : document.select("[aria-invalid=true]")) {
            assertTrue(
                    ids(invalid).stream()
                            .map(document::getElementById)
                            .anyMatch(e -> e != null && e.hasClass("field__error")),
                    where
                            + ": a field marked invalid is not described by its error: "
                            + tag(invalid));
        }
    }

    /**
     * A form sent back with errors: it shows at least one, each error paragraph is named by a
     * field's (or its group's) aria-describedby, and the control found by {@code selector} (an
     * input, select, textarea, or the fieldset of a group of choices) points to the error {@code
     * errorName}, whose paragraph says {@code text}.
     */
    public static void assertFieldShowsError(
            Page page, String selector, String errorName, String text) {
        Document document = page.document();
        assertConsistent(document, page.response().uri().toString());
        List<Element> errors = document.select(".field__error");
        assertFalse(
                errors.isEmpty(), "no error beside any field: " + document.select("main").text());
        List<String> named =
                document.select("[aria-describedby]").stream()
                        .flatMap(e -> ids(e).stream())
                        .toList();
        for (Element error : errors) {
            assertTrue(
                    named.contains(error.id()),
                    "no field points to the error «" + error.id() + "»: " + error.text());
        }
        Element control = document.selectFirst(selector);
        assertTrue(control != null, "no " + selector + " in the page");
        if (!control.tagName().equals("fieldset")) {
            assertEquals("true", control.attr("aria-invalid"), tag(control));
        }
        String errorId = errorName + "-error";
        assertTrue(ids(control).contains(errorId), errorId + " not in " + tag(control));
        Element error = document.getElementById(errorId);
        assertTrue(error != null && error.hasClass("field__error"), "no paragraph " + errorId);
        assertTrue(error.text().contains(text), error.text());
    }

    private static List<String> ids(Element element) {
        return Arrays.stream(element.attr("aria-describedby").trim().split("\\s+"))
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toList());
    }

    private static String tag(Element element) {
        String html = element.outerHtml();
        int end = html.indexOf('>');
        return end < 0 ? html : html.substring(0, end + 1);
    }
}
