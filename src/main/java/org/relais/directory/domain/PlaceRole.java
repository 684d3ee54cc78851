package org.relais.directory.domain;

/**
 * What a member is at a place: its manager (keeps its page up to date) or someone working there.
 */
public enum PlaceRole {
    MANAGER,
    MEMBER
}
