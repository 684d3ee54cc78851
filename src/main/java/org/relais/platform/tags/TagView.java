package org.relais.platform.tags;

/** A tag as pages and the API show it. */
public record TagView(String slug, String label, String description) {
    static TagView of(Tag tag) {
        return new TagView(tag.slug(), tag.label(), tag.description());
    }
}
