package org.relais.library.domain;

/** The author's answer for one field of use: granted, refused, or to be asked case by case. */
public enum GrantAnswer {
    GRANTED,
    REFUSED,
    ON_REQUEST;

    public String messageKey() {
        return "licence.grant." + name();
    }
}
