package org.relais.library.domain;

/**
 * What a licence lets anyone do without asking, in the vocabulary of the Creative Commons legal
 * codes (section 2(a)(1)): reproduce the material, share it (distribute, display, perform, make
 * available), adapt it, and do all that for a commercial purpose.
 */
public enum Permission {
    REPRODUCE,
    SHARE,
    ADAPT,
    COMMERCIAL;

    public String messageKey() {
        return "licence.permission." + name();
    }
}
