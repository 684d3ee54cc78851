package org.relais.platform.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.platform.error.EditConflict;
import org.relais.platform.error.RuleViolation;

class RevisionTest {
    @Test
    void theSameContentGivesTheSameRevisionAndAnyChangeAnother() {
        String seen = Revision.of("Titre", "Corps", List.of("a", "b"));
        assertEquals(16, seen.length());
        assertEquals(seen, Revision.of("Titre", "Corps", List.of("a", "b")));
        assertNotEquals(seen, Revision.of("Titre", "Corps modifié", List.of("a", "b")));
        assertNotEquals(seen, Revision.of("Titre", "Corps", List.of("a")));
        assertNotEquals(Revision.of("ab", "c"), Revision.of("a", "bc"));
    }

    @Test
    void anEditBasedOnAnOlderRevisionIsAConflict() {
        String current = Revision.of("Corps actuel");
        assertDoesNotThrow(() -> Revision.check(current, current));
        EditConflict conflict =
                assertThrows(
                        EditConflict.class,
                        () -> Revision.check(Revision.of("Corps d’hier"), current));
        assertEquals(409, conflict.status());
        assertEquals("revision", conflict.errors().get(0).field());
    }

    @Test
    void aFormGivenBackAfterAConflictStartsFromTheSavedVersionAndOtherwiseFromItsOwn() {
        assertEquals("now", Revision.resumeFrom(new EditConflict(), "then", "now"));
        assertEquals(
                "then", Revision.resumeFrom(RuleViolation.of("body", "x.required"), "then", "now"));
        assertEquals("", Revision.resumeFrom(RuleViolation.of("body", "x.required"), null, "now"));
    }

    @Test
    void anEditorThatNamesNoRevisionOverwritesAsBefore() {
        String current = Revision.of("Corps actuel");
        assertDoesNotThrow(() -> Revision.check(null, current));
        assertDoesNotThrow(() -> Revision.check("  ", current));
    }
}
