package org.relais.directory.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.directory.application.PlaceService;
import org.relais.directory.domain.PlaceCsv;
import org.relais.directory.domain.PlaceSchema;

/**
 * The whole directory as open data, in the national schema v1.0.2: CSV with exactly its columns,
 * and JSON with the same names (coordinates as numbers, everything else as the CSV has it).
 */
@ApplicationScoped
@Path("opendata")
public class OpenDataResource {
    /** Built once: a Jsonb is costly to create and safe to share between threads. */
    private static final Jsonb WITH_NULLS =
            JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Inject PlaceService places;

    @GET
    @Path("lieux.csv")
    public Response csv() {
        List<Map<String, String>> rows = places.openData();
        StreamingOutput body =
                out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    PlaceCsv.write(writer, PlaceSchema.v1_0_2().columns(), rows);
                    writer.flush();
                };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"lieux-mediation-numerique.csv\"")
                .build();
    }

    @GET
    @Path("lieux.json")
    public Response json() {
        List<Map<String, Object>> rows =
                places.openData().stream()
                        .map(
                                row -> {
                                    Map<String, Object> json = new LinkedHashMap<>();
                                    row.forEach(
                                            (column, value) ->
                                                    json.put(column, jsonValue(column, value)));
                                    return json;
                                })
                        .toList();
        return Response.ok(WITH_NULLS.toJson(rows), "application/json;charset=UTF-8").build();
    }

    private static Object jsonValue(String column, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (column.equals("latitude") || column.equals("longitude")) {
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }
}
