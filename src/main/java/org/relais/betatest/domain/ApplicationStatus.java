package org.relais.betatest.domain;

/** Where an application stands; an application still {@code APPLIED} is on the waiting list. */
public enum ApplicationStatus {
    APPLIED,
    SELECTED,
    WITHDRAWN
}
