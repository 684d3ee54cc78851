package org.relais.search.application;

import java.util.Collection;
import java.util.List;
import org.relais.platform.tags.TagRegistry;

/** The tag vocabulary of unit tests, without a database: each slug reads as itself. */
final class SlugsAsLabels extends TagRegistry {
    @Override
    public List<TagLabel> labels(Collection<String> slugs) {
        return slugs.stream().map(slug -> new TagLabel(slug, slug)).toList();
    }
}
