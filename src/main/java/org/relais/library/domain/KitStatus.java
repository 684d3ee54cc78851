package org.relais.library.domain;

/**
 * Where a kit stands: being prepared, visible to all, or withdrawn (by its author or pending
 * review).
 */
public enum KitStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
