package org.relais.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relais.directory.domain.PlaceSchema;
import org.relais.platform.tags.TagVocabulary;
import org.relais.platform.text.Tags;

/**
 * The services of the national places schema, which the search indexes as the tags of a place
 * ({@link PlaceSearch}): "maitrise-des-outils-numeriques-du-quotid" reads "Maîtrise des outils
 * numériques du quotidien".
 */
@ApplicationScoped
public class PlaceServiceTags implements TagVocabulary {
    private static final Map<String, String> LABELS = labels();

    @Override
    public Map<String, String> labelsBySlug() {
        return LABELS;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String service : PlaceSchema.allowedValues("services")) {
            Tags.normalize(service).ifPresent(slug -> labels.putIfAbsent(slug, service));
        }
        return Map.copyOf(labels);
    }
}
