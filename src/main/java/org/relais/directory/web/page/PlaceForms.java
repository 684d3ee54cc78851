package org.relais.directory.web.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.relais.directory.application.PlaceDraft;
import org.relais.directory.application.PlaceView;
import org.relais.directory.domain.CharterCriteria;
import org.relais.directory.domain.CharterCriterion;
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

    /** Columns the form does not let the member type: Relais fills them in. */
    private static final Set<String> UNTYPED_COLUMNS = Set.of("id", "date_maj");

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

    /**
     * The form page, for a new place ({@code placeId} and {@code revision} null) or an existing one
     * edited from that {@link PlaceView#revision()}.
     */
    static View view(String placeId, PlaceDraft draft, String revision) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (String column : CHOICE_COLUMNS) {
            choices.put(column, PlaceSchema.allowedValues(column));
            chosen.put(column, PlaceSchema.splitList(draft.values().getOrDefault(column, "")));
        }
        CharterCriteria charter = CharterCriteria.charter();
        return View.of("directory/edit")
                .with("placeId", placeId)
                .with("revision", revision)
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

    /**
     * A field of the saved place, as an edit conflict shows it: its schema title (null for the
     * charter criteria, which the page names) and its value.
     */
    record SavedField(String title, String value) {}

    /**
     * The fields where the place as saved meanwhile differs from what the member sent, so that they
     * see what the other edit changed before saving again.
     */
    static List<SavedField> differences(PlaceView saved, PlaceDraft sent) {
        PlaceSchema schema = PlaceSchema.v1_0_2();
        List<SavedField> fields = new ArrayList<>();
        for (String column : schema.columns()) {
            String value = saved.value(column);
            String typed = sent.values().getOrDefault(column, "");
            if (!UNTYPED_COLUMNS.contains(column) && !same(column, value, typed)) {
                fields.add(
                        new SavedField(
                                schema.field(column).orElseThrow().title(),
                                value.isEmpty() ? "—" : value));
            }
        }
        Set<String> criteria =
                saved.criteria().stream().map(CharterCriterion::code).collect(Collectors.toSet());
        if (!criteria.equals(sent.criteria())) {
            fields.add(
                    new SavedField(
                            null,
                            saved.criteria().stream()
                                    .map(CharterCriterion::text)
                                    .collect(Collectors.joining(" ; "))));
        }
        return fields;
    }

    /**
     * Whether the saved value and the sent one say the same. Checkboxes come in the page's order,
     * which need not be the order saved (by the API, an import, or an older vocabulary order): a
     * list is the same when it holds the same values.
     */
    private static boolean same(String column, String saved, String sent) {
        if (CHOICE_COLUMNS.contains(column)) {
            return Set.copyOf(PlaceSchema.splitList(saved))
                    .equals(Set.copyOf(PlaceSchema.splitList(sent)));
        }
        return saved.equals(sent.strip());
    }
}
