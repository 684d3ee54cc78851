package org.relais.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relais.testing.PageClient.Page;

/**
 * One member edits the same content in two tabs, as a test step shared by the edit forms; and what
 * the API answers to an edit from an older revision.
 */
public final class EditConflictSteps {
    private EditConflictSteps() {}

    /**
     * Opens {@code editPath} twice, saves {@code first} from the first tab, then {@code second}
     * from the second: the second is given back with 409, the message, the first tab's text shown
     * as the current version and its own text kept in the field {@code keptField}. Saving again
     * from there replaces the first tab's version. A field's value may be a list, sent once per
     * item as checkboxes are.
     */
    public static void theSecondTabSeesTheFirstSaveThenReplacesItKnowingly(
            PageClient browser,
            String editPath,
            Map<String, ?> first,
            Map<String, ?> second,
            String keptField) {
        Page firstTab = browser.get(editPath);
        Page secondTab = browser.get(editPath);
        String seen = firstTab.document().select("input[name=revision]").attr("value");
        assertFalse(seen.isEmpty(), "the form carries the revision it shows");

        assertEquals(303, browser.submit(firstTab, editPath, withRevision(first, seen)).status());
        Page conflict = browser.submit(secondTab, editPath, withRevision(second, seen));
        assertEquals(409, conflict.status());
        assertTrue(conflict.text().contains("pour ne pas effacer la sienne"));
        String firstText = String.valueOf(first.get(keptField));
        assertTrue(conflict.document().select(".edit-conflict").text().contains(firstText));
        assertEquals(
                String.valueOf(second.get(keptField)),
                conflict.document().select("[name=" + keptField + "]").val());
        String current = conflict.document().select("input[name=revision]").attr("value");
        assertNotEquals(seen, current);

        assertEquals(
                303, browser.submit(conflict, editPath, withRevision(second, current)).status());
    }

    /**
     * The API's answer to an edit written from an older revision: 409, a problem with the message
     * on {@code revision}.
     */
    public static void refusedAsStale(Response response) {
        response.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("revision"))
                .body("errors.message", hasItem(containsString("pour ne pas effacer la sienne")));
    }

    private static Map<String, Object> withRevision(Map<String, ?> fields, String revision) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("revision", revision);
        return all;
    }
}
