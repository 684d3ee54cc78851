package org.relais.platform.personaldata;

/**
 * A capability's part of a member's data export: what they published, declared, joined, were paid
 * or owe there. Each capability provides one as a CDI bean; the export gathers them without knowing
 * them, as the home page does its sections.
 */
public interface PersonalDataSection {
    /** The section's name in the export, e.g. {@code forum}: unique among the sections. */
    String name();

    /**
     * What the capability holds about the member, as values JSON-B writes as they are (records,
     * lists, maps, strings, numbers, booleans, dates). Called in the export's transaction, for an
     * active member. Content the member wrote is given in full (its Markdown source, not only a
     * link), so that the export is a copy they can take elsewhere.
     */
    Object of(long memberId);
}
