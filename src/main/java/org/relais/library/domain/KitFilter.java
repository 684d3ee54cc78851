package org.relais.library.domain;

/**
 * What the library list is narrowed to; every part may be null (no filter). Only published kits are
 * listed.
 */
public record KitFilter(String tag, String licenceId, FileFamily family) {
    public static KitFilter none() {
        return new KitFilter(null, null, null);
    }
}
