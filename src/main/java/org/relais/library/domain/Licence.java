package org.relais.library.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One licence of the catalogue ({@link LicenceCatalogue}), identified by its SPDX id. Names, URLs
 * and terms are data ({@code library/licences.properties}), not code.
 *
 * @param id SPDX identifier, e.g. {@code CC-BY-SA-4.0}
 * @param shortName the name shown in sentences, e.g. {@code CC BY-SA 4.0}
 * @param nameFr full French name
 * @param nameEn full English name
 * @param legalCodeUrl the legal code (for "tous droits réservés": none, empty)
 * @param deedUrl the human-readable summary (may be empty)
 * @param badge path of the badge under the theme's assets, e.g. {@code img/licences/cc-by-sa.svg}
 * @param permissions what anyone may do without asking
 * @param conditions what the licence asks in return
 * @param publicBodyDefault the expected choice when the depositor acts for a public administration
 *     (Licence Ouverte / Etalab 2.0)
 */
public record Licence(
        String id,
        String shortName,
        String nameFr,
        String nameEn,
        String legalCodeUrl,
        String deedUrl,
        String badge,
        Set<Permission> permissions,
        Set<Condition> conditions,
        boolean publicBodyDefault) {

    public static final String CC0 = "CC0-1.0";
    public static final String CC_BY = "CC-BY-4.0";
    public static final String CC_BY_SA = "CC-BY-SA-4.0";
    public static final String CC_BY_NC = "CC-BY-NC-4.0";
    public static final String CC_BY_ND = "CC-BY-ND-4.0";
    public static final String CC_BY_NC_SA = "CC-BY-NC-SA-4.0";
    public static final String CC_BY_NC_ND = "CC-BY-NC-ND-4.0";
    public static final String ETALAB = "etalab-2.0";
    public static final String ALL_RIGHTS_RESERVED = "LicenseRef-tous-droits-reserves";

    public Licence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(nameFr, "nameFr");
        Objects.requireNonNull(nameEn, "nameEn");
        legalCodeUrl = legalCodeUrl == null ? "" : legalCodeUrl;
        deedUrl = deedUrl == null ? "" : deedUrl;
        badge = badge == null ? "" : badge;
        permissions = Set.copyOf(permissions);
        conditions = Set.copyOf(conditions);
    }

    public boolean permits(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean requires(Condition condition) {
        return conditions.contains(condition);
    }

    public boolean allRightsReserved() {
        return requires(Condition.ASK_AUTHOR);
    }

    /** CC0: a waiver, nothing asked in return. */
    public boolean publicDomain() {
        return CC0.equals(id);
    }

    public boolean isCreativeCommons() {
        return id.startsWith("CC");
    }

    public Optional<String> legalCode() {
        return legalCodeUrl.isEmpty() ? Optional.empty() : Optional.of(legalCodeUrl);
    }
}
