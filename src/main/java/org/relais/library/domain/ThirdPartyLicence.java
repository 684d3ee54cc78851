package org.relais.library.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * A third party's work keeps the licence it already has: its depositor cannot offer it under
 * another. The depositor describes the existing licence or permission in words ("CC BY-SA 4.0, site
 * de la MedNum", "autorisation écrite de l'auteur"); when the words name a licence of the
 * catalogue, that licence is the only one the version may carry; when they name none, the work came
 * with a specific permission, which Relais cannot extend to others: the version is then "tous
 * droits réservés" and every use goes through a request to the author.
 */
public final class ThirdPartyLicence {
    private ThirdPartyLicence() {}

    /** The licence the version must carry, given the existing permission as described. */
    public static String required(String existingPermission, Collection<Licence> catalogue) {
        return named(existingPermission, catalogue)
                .map(Licence::id)
                .orElse(Licence.ALL_RIGHTS_RESERVED);
    }

    /** The catalogue licence the words name, the most specific one when several match. */
    public static Optional<Licence> named(String words, Collection<Licence> catalogue) {
        String text = squeeze(words == null ? "" : words);
        Licence best = null;
        int bestLength = 0;
        for (Licence licence : catalogue) {
            if (licence.allRightsReserved()) {
                continue;
            }
            for (String name :
                    new String[] {
                        licence.id(), licence.shortName(), withoutVersion(licence.id())
                    }) {
                String key = squeeze(name);
                if (key.length() > bestLength && text.contains(key)) {
                    best = licence;
                    bestLength = key.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String withoutVersion(String id) {
        int dash = id.lastIndexOf('-');
        return dash > 0 && Character.isDigit(id.charAt(dash + 1)) ? id.substring(0, dash) : id;
    }

    /** Upper case without spaces, dashes, dots or slashes: "CC BY-SA 4.0" → "CCBYSA40". */
    private static String squeeze(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./_]", "");
    }
}
