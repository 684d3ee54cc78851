package org.relais.platform.home;

import java.util.Map;
import java.util.Optional;
import org.relais.platform.security.Caller;

/**
 * A capability's section of the home page (latest questions, next events, new kits…). Each
 * capability provides one as a CDI bean; the home page renders them in order without knowing them.
 */
public interface HomeSection {
    /** Position on the page, smaller first. */
    int order();

    /**
     * The theme template holding the section's fragment, e.g. {@code accounts/home-section}: it
     * must define {@code th:fragment="section(data)"}.
     */
    String template();

    /** The data the fragment shows, for this visitor. Empty hides the section. */
    Optional<Map<String, Object>> data(Optional<Caller> visitor);
}
