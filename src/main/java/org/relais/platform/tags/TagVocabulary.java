package org.relais.platform.tags;

import java.util.Map;

/**
 * Words a capability indexes as tags without adding them to the shared vocabulary, such as the
 * services of the national places schema: their labels, so that lists and search facets show the
 * words rather than the slugs. A tag of the vocabulary with the same slug keeps its own label.
 */
public interface TagVocabulary {
    /** Slug → label, as {@link org.relais.platform.text.Tags#normalize} makes slugs. */
    Map<String, String> labelsBySlug();
}
