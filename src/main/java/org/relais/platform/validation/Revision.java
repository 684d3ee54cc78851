package org.relais.platform.validation;

import java.util.Objects;
import org.relais.platform.error.EditConflict;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.SecretTokens;

/**
 * A fingerprint of what an edit form shows (a title, a Markdown body, tags), which the form and the
 * API hand back with the change. If the content changed in between, the change is refused rather
 * than laid silently over someone else's. Only the edited content counts: votes, answer counts or
 * views move an entity's own version but never conflict with an edit.
 */
public final class Revision {
    private static final char SEPARATOR = '\u001f';

    private Revision() {}

    /** The fingerprint of these values, in order: 16 hexadecimal characters. */
    public static String of(Object... parts) {
        StringBuilder joined = new StringBuilder();
        for (Object part : parts) {
            joined.append(Objects.toString(part, "")).append(SEPARATOR);
        }
        return SecretTokens.digest(joined.toString()).substring(0, 16);
    }

    /**
     * Refuses the edit if the editor saw another revision than the current one. An editor that
     * names none (a script written before revisions existed) overwrites, as before.
     */
    public static void check(String seen, String current) {
        if (seen != null && !seen.isBlank() && !seen.strip().equals(current)) {
            throw new EditConflict();
        }
    }

    /**
     * The revision a form given back after a refusal starts from: after a conflict, the version now
     * saved, so that saving again replaces it knowingly with the text the member kept; otherwise
     * the one the form had.
     */
    public static String resumeFrom(RuleViolation refusal, String seen, String current) {
        return refusal instanceof EditConflict ? current : Objects.toString(seen, "");
    }
}
