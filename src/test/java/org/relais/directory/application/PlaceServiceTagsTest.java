package org.relais.directory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relais.directory.domain.PlaceSchema;
import org.relais.platform.text.Tags;

class PlaceServiceTagsTest {
    private final Map<String, String> labels = new PlaceServiceTags().labelsBySlug();

    @Test
    void everyServiceOfTheSchemaReadsAsItsOwnWords() {
        for (String service : PlaceSchema.allowedValues("services")) {
            assertEquals(service, labels.get(Tags.normalize(service).orElseThrow()), service);
        }
    }

    @Test
    void aServiceWhoseSlugIsCutShortStillReadsWhole() {
        assertEquals(
                "Maîtrise des outils numériques du quotidien",
                labels.get("maitrise-des-outils-numeriques-du-quotid"));
    }
}
