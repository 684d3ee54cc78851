package org.relais.newsletter.application;

import java.util.List;
import org.relais.directory.domain.Communes;
import org.relais.platform.error.RuleViolation;

/** The French regions a reader picks, by INSEE code, as the directory and the agenda know them. */
public final class Regions {
    private Regions() {}

    public static List<Communes.Territory> all() {
        return Communes.france().regions();
    }

    /** A region code from a form or the API: blank means every region; unknown is refused. */
    public static String check(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        if (Communes.france().region(stripped).isEmpty()) {
            throw RuleViolation.of("region", "newsletter.region.unknown");
        }
        return stripped;
    }

    public static String name(String code) {
        return Communes.france().region(code).map(Communes.Territory::nom).orElse(null);
    }
}
