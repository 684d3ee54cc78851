package org.relais.platform.web.view;

import java.util.Map;
import java.util.Optional;

/**
 * A capability's section of a member's public page (the places where they work, later their answers
 * or kits), contributed as a CDI bean so that accounts need not know the capabilities.
 */
public interface MemberPageSection {
    int order();

    /** The theme template defining {@code th:fragment="section(data)"}. */
    String template();

    /** What the section shows on the member's public page; empty hides it. */
    Optional<Map<String, Object>> data(long memberId);

    /** What the section shows the member on their own profile page; by default the same. */
    default Optional<Map<String, Object>> ownData(long memberId) {
        return data(memberId);
    }
}
