package org.relais.directory.web.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.directory.application.PlaceDraft;
import org.relais.directory.domain.CharterCriteria;
import org.relais.directory.domain.PlaceSchema;
import org.relais.platform.web.view.View;

/**
 * The place form: every column of the schema, the closed lists as checkboxes (each checked value
 * sent under the column's name), and the charter step — acceptance and criteria — first.
 */
final class PlaceForms {
    /** Columns whose values come from the schema's closed vocabularies. */
    static final List<String> CHOICE_COLUMNS =
            List.of(
                    "services",
                    "publics_specifiquement_adresses",
                    "prise_en_charge_specifique",
                    "frais_a_charge",
                    "modalites_acces",
                    "modalites_accompagnement",
                    "dispositif_programmes_nationaux",
                    "formations_labels",
                    "itinerance");

    private PlaceForms() {}

    static PlaceDraft draft(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : PlaceSchema.v1_0_2().columns()) {
            List<String> given = form.get(column);
            if (given == null) {
                continue;
            }
            values.put(
                    column,
                    CHOICE_COLUMNS.contains(column) ? PlaceSchema.joinList(given) : given.get(0));
        }
        Set<String> criteria = new LinkedHashSet<>(form.getOrDefault("criteria", List.of()));
        boolean accepted = "oui".equals(form.getFirst("charterAccepted"));
        return new PlaceDraft(values, accepted, criteria);
    }

    /** The form page, for a new place ({@code placeId} null) or an existing one. */
    static View view(String placeId, PlaceDraft draft) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (String column : CHOICE_COLUMNS) {
            choices.put(column, PlaceSchema.allowedValues(column));
            chosen.put(column, PlaceSchema.splitList(draft.values().getOrDefault(column, "")));
        }
        CharterCriteria charter = CharterCriteria.charter();
        return View.of("directory/edit")
                .with("placeId", placeId)
                .with("values", draft.values())
                .with("choices", choices)
                .with("chosen", chosen)
                .with("charterAccepted", draft.charterAccepted())
                .with("criteria", draft.criteria())
                .with("themes", charter.themes())
                .with("allCriteria", charter.all())
                .with(
                        "schemaFields",
                        PlaceSchema.v1_0_2().columns().stream()
                                .map(c -> PlaceSchema.v1_0_2().field(c).orElseThrow())
                                .toList())
                .with("types", PlaceTypes.LABELS);
    }
}
