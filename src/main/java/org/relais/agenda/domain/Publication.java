package org.relais.agenda.domain;

/**
 * Whether an event is public. A place's animators and the moderators publish directly; an event
 * proposed by anyone else waits until one of them confirms it.
 */
public enum Publication {
    PUBLISHED,
    PENDING
}
