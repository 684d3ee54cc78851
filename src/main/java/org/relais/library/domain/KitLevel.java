package org.relais.library.domain;

/** The level of the participants a kit is written for. */
public enum KitLevel {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
