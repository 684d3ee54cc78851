package org.relais.library.domain;

/**
 * What a licence asks in return, or restricts, as the CC deeds show it. {@code NON_COMMERCIAL} goes
 * with a missing {@link Permission#COMMERCIAL}. {@code NO_DERIVATIVES} goes with {@link
 * Permission#ADAPT} limited to oneself: CC ND 4.0 lets you produce an adaptation (2(a)(1)(B)) but
 * not share it. {@code ASK_AUTHOR} marks "tous droits réservés": nothing is permitted without the
 * author's authorisation.
 */
public enum Condition {
    ATTRIBUTION,
    SHARE_ALIKE,
    NON_COMMERCIAL,
    NO_DERIVATIVES,
    ASK_AUTHOR;

    public String messageKey() {
        return "licence.condition." + name();
    }
}
