package org.relais.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.directory.domain.Communes;
import org.relais.directory.domain.CsvRow;
import org.relais.directory.domain.CsvTable;
import org.relais.directory.domain.Place;
import org.relais.directory.domain.PlaceCsv;
import org.relais.directory.domain.PlaceRepository;
import org.relais.directory.domain.PlaceSchema;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.outbox.SearchOutbox;

/**
 * Imports places from another source, in the national schema. Each row is its own transaction: it
 * is created, or updates the place with the same id (or the same SIRET/RNA and address), or is
 * rejected with its reasons; a rejected row changes nothing and does not stop the others.
 */
@ApplicationScoped
public class PlaceImport {
    @Inject PlaceRepository places;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;
    @Inject PlaceImport self;
    @Inject PlaceService service;

    private final PlaceSchema schema = PlaceSchema.v1_0_2();

    /** Reads the CSV and applies it row by row; the file itself must be well-formed CSV. */
    public ImportReport importCsv(Reader csv) {
        CsvTable table = PlaceCsv.read(csv);
        if (!table.missingRequiredColumns().isEmpty()) {
            throw RuleViolation.of(
                    "file",
                    "place.import.missing-columns",
                    String.join(", ", table.missingRequiredColumns()));
        }
        List<ImportReport.Row> rows = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            rows.add(applyRow(row));
        }
        return new ImportReport(rows, table.unknownColumns(), table.missingRequiredColumns());
    }

    private ImportReport.Row applyRow(CsvRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        schema.columns().forEach(c -> values.put(c, row.values().getOrDefault(c, "").strip()));
        List<FieldError> errors = service.check(values);
        if (!errors.isEmpty()) {
            return new ImportReport.Row(
                    row.line(),
                    ImportReport.Row.REJECTED,
                    values.get("id"),
                    values.get("nom"),
                    errors);
        }
        try {
            return self.store(row.line(), values);
        } catch (RuntimeException e) {
            return new ImportReport.Row(
                    row.line(),
                    ImportReport.Row.REJECTED,
                    values.get("id"),
                    values.get("nom"),
                    List.of(new FieldError("id", "place.import.row-failed")));
        }
    }

    /** One row, in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportReport.Row store(long line, Map<String, String> values) {
        var area = Communes.france().areaOf(values.get("code_insee"), values.get("code_postal"));
        Optional<Place> existing =
                places.findByPublicId(values.get("id"))
                        .or(
                                () ->
                                        places.findByPivotAndAddress(
                                                values.get("pivot"), values.get("adresse")));
        if (existing.isPresent()) {
            Place place = existing.get();
            Map<String, String> kept = new LinkedHashMap<>(values);
            kept.put("id", place.publicId());
            place.revise(kept, area);
            outbox.changed(PlaceService.SEARCH_TYPE, place.publicId());
            return new ImportReport.Row(
                    line, ImportReport.Row.UPDATED, place.publicId(), values.get("nom"), List.of());
        }
        Place place = Place.describe(values, area, OffsetDateTime.now(clock));
        places.store(place);
        outbox.changed(PlaceService.SEARCH_TYPE, place.publicId());
        return new ImportReport.Row(
                line, ImportReport.Row.CREATED, place.publicId(), values.get("nom"), List.of());
    }
}
