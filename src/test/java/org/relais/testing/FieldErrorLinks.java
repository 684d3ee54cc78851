package org.relais.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.relais.testing.PageClient.Page;

/**
 * What a screen reader needs to tie a form's error to its field (RGAA 11.10, WCAG 1.3.1 and 3.3.1):
 * every aria-describedby names elements of the page, every field marked invalid is described by the
 * paragraph of its error (class {@code field__error}, id {@code <name>-error}), and the error
 * summary at the top of the form links to each invalid field, so that one jumps there to fix it.
 */
public final class FieldErrorLinks {
    private FieldErrorLinks() {}

    /**
     * Holds for every page: no aria-describedby names a missing id, each element with
     * aria-invalid="true" is described by at least one error paragraph and is reached by a link of
     * the error summary (to itself, its fieldset, or a field of a group that shares its error), or,
     * on a page without a summary, by an error announced as an alert; and each link of the summary
     * leads to a form control or to a fieldset of them. {@link PageClient} checks it on each HTML
     * page it gets.
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
        assertSummaryLinksFields(document, where);
    }

    private static final String CONTROLS = "input:not([type=hidden]), select, textarea";

    /**
     * Each link of the error summary leads to a control or a fieldset of them, and each invalid
     * field is reached from one. A page without a summary (a search filter with one date) must then
     * announce the field's error itself, as an alert.
     */
    private static void assertSummaryLinksFields(Document document, String where) {
        List<Element> linked = new ArrayList<>();
        for (Element link : document.select(".error-summary a[href^=#]")) {
            Element target = document.getElementById(link.attr("href").substring(1));
            assertTrue(
                    target != null && isField(target),
                    where
                            + ": the error summary links «"
                            + link.text()
                            + "» to "
                            + (target == null ? "a missing id " + link.attr("href") : tag(target))
                            + ", not to a field");
            linked.add(target);
        }
        boolean summary = document.selectFirst(".error-summary") != null;
        for (Element invalid : document.select("[aria-invalid=true]")) {
            assertTrue(
                    summary ? reached(invalid, linked) : announced(document, invalid),
                    where
                            + (summary
                                    ? ": no link of the error summary leads to the invalid field "
                                    : ": no error summary, nor an alert, for the invalid field ")
                            + tag(invalid));
        }
    }

    private static boolean isField(Element element) {
        return element.is(CONTROLS)
                || element.tagName().equals("fieldset") && !element.select(CONTROLS).isEmpty();
    }

    /** Linked itself, or its fieldset, or a field of its group that shares its error. */
    private static boolean reached(Element invalid, List<Element> linked) {
        List<String> errors = ids(invalid).stream().filter(id -> id.endsWith("-error")).toList();
        return linked.contains(invalid)
                || invalid.parents().stream().anyMatch(linked::contains)
                || linked.stream().anyMatch(l -> ids(l).stream().anyMatch(errors::contains));
    }

    private static boolean announced(Document document, Element invalid) {
        return ids(invalid).stream()
                .map(document::getElementById)
                .anyMatch(e -> e != null && e.attr("role").equals("alert"));
    }

    /**
     * A form sent back with errors: it shows at least one, each error paragraph is named by a
     * field's (or its group's) aria-describedby, the control found by {@code selector} (an input,
     * select, textarea, or the fieldset of a group of choices) points to the error {@code
     * errorName}, whose paragraph says {@code text}, and the error summary links that message to
     * the control (or to its fieldset, or to a field of the group that shares the error).
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
        assertSummaryLeadsTo(document, control, errorId, text);
    }

    private static void assertSummaryLeadsTo(
            Document document, Element control, String errorId, String text) {
        List<Element> links =
                document.select(".error-summary a[href^=#]").stream()
                        .filter(a -> a.text().contains(text))
                        .toList();
        assertFalse(
                links.isEmpty(),
                "no link of the error summary says «"
                        + text
                        + "»: "
                        + document.select(".error-summary").outerHtml());
        for (Element link : links) {
            Element target = document.getElementById(link.attr("href").substring(1));
            assertTrue(
                    target != null
                            && (target == control
                                    || control.parents().contains(target)
                                    || ids(target).contains(errorId)),
                    "the error summary links «"
                            + text
                            + "» to "
                            + link.attr("href")
                            + ", not to "
                            + tag(control));
        }
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
