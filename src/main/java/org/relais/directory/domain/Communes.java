package org.relais.directory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The embedded geocoder for towns: the open-data table of the French communes (INSEE code, postal
 * code, name, coordinates, population) with their départements and régions, shipped with the
 * application so that "near Rennes" works without any network service.
 */
public final class Communes {
    /** One commune of the table; {@code centre} is null for the few without coordinates. */
    public record Commune(
            String codeInsee,
            String nom,
            String codePostal,
            String departement,
            String region,
            GeoPoint centre,
            long population) {}

    /** A département or a région: its INSEE code and name. */
    public record Territory(String code, String nom) {}

    private static volatile Communes instance;

    // compiled once: the 34,000 names of the table are folded when it loads
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final Map<String, Territory> departements = new LinkedHashMap<>();
    private final Map<String, Territory> regions = new LinkedHashMap<>();

    /**
     * The communes themselves, read at the first question about a commune: 35,000 rows take about
     * half a second of CPU and some 30 MB, which the names of départements and régions (asked by
     * beta-test calls, newsletters and agenda filters) do not need.
     */
    private volatile Table table;

    private Communes() {}

    /** The communes by INSEE code, by folded name and by postal code, most populous first. */
    private record Table(
            Map<String, Commune> byInsee,
            Map<String, List<Commune>> byName,
            Map<String, List<Commune>> byPostalCode) {}

    /** The table shipped with Relais, read once. */
    public static Communes france() {
        Communes loaded = instance;
        if (loaded == null) {
            synchronized (Communes.class) {
                if (instance == null) {
                    instance = loadTerritories();
                }
                loaded = instance;
            }
        }
        return loaded;
    }

    private static Communes loadTerritories() {
        Communes communes = new Communes();
        for (CSVRecord row : read("departements.csv")) {
            communes.departements.put(
                    row.get("insee_dep"),
                    new Territory(row.get("insee_dep"), row.get("departement")));
        }
        for (CSVRecord row : read("regions.csv")) {
            communes.regions.put(
                    row.get("insee_reg"), new Territory(row.get("insee_reg"), row.get("region")));
        }
        return communes;
    }

    private Table table() {
        Table loaded = table;
        if (loaded == null) {
            synchronized (this) {
                if (table == null) {
                    table = loadTable();
                }
                loaded = table;
            }
        }
        return loaded;
    }

    private static Table loadTable() {
        Table communes = new Table(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (CSVRecord row : read("communes.csv")) {
            Commune commune =
                    new Commune(
                            row.get("code_insee"),
                            row.get("nom"),
                            row.get("code_postal"),
                            row.get("code_departement"),
                            row.get("code_region"),
                            centre(row.get("latitude"), row.get("longitude")),
                            parsePopulation(row.get("population")));
            communes.byInsee().putIfAbsent(commune.codeInsee(), commune);
            communes.byName()
                    .computeIfAbsent(fold(commune.nom()), k -> new ArrayList<>())
                    .add(commune);
            communes.byPostalCode()
                    .computeIfAbsent(commune.codePostal(), k -> new ArrayList<>())
                    .add(commune);
        }
        Comparator<Commune> mostPopulousFirst =
                Comparator.comparingLong(Commune::population).reversed();
        communes.byName().values().forEach(list -> list.sort(mostPopulousFirst));
        communes.byPostalCode().values().forEach(list -> list.sort(mostPopulousFirst));
        return communes;
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = Communes.class.getResourceAsStream("/directory/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing geographic table " + file);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few communes of the table have no coordinates: they are found but cannot be a centre. */
    private static GeoPoint centre(String latitude, String longitude) {
        if (latitude == null || latitude.isBlank() || longitude == null || longitude.isBlank()) {
            return null;
        }
        return new GeoPoint(Double.parseDouble(latitude), Double.parseDouble(longitude));
    }

    private static long parsePopulation(String raw) {
        try {
            return raw == null || raw.isBlank() ? 0 : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Case, accents, hyphens and apostrophes do not matter: "saint etienne" finds Saint-Étienne.
     */
    static String fold(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    public Optional<Commune> byInsee(String codeInsee) {
        return Optional.ofNullable(codeInsee).map(table().byInsee()::get);
    }

    /**
     * The town a visitor typed: a postal code, an INSEE code or a name (the most populous when
     * several communes share it, e.g. "Saint-Denis").
     */
    public Optional<Commune> find(String townOrCode) {
        if (townOrCode == null || townOrCode.isBlank()) {
            return Optional.empty();
        }
        String query = townOrCode.strip();
        if (query.matches("\\d{5}")) {
            List<Commune> postal = table().byPostalCode().getOrDefault(query, List.of());
            return postal.isEmpty() ? byInsee(query) : Optional.of(postal.get(0));
        }
        List<Commune> named = table().byName().getOrDefault(fold(query), List.of());
        return named.isEmpty()
                ? byInsee(query.toUpperCase(Locale.ROOT))
                : Optional.of(named.get(0));
    }

    /** The area of a place, from its INSEE code, else from its postal code. */
    public Area areaOf(String codeInsee, String codePostal) {
        Optional<Commune> commune = byInsee(codeInsee);
        if (commune.isEmpty() && codePostal != null) {
            commune =
                    table().byPostalCode().getOrDefault(codePostal, List.of()).stream().findFirst();
        }
        return commune.map(c -> new Area(c.departement(), c.region())).orElse(Area.UNKNOWN);
    }

    public Optional<Territory> departement(String code) {
        return Optional.ofNullable(code).map(departements::get);
    }

    public Optional<Territory> region(String code) {
        return Optional.ofNullable(code).map(regions::get);
    }

    /** The regions by name as French readers sort them: Île-de-France among the I, not last. */
    public List<Territory> regions() {
        List<Territory> sorted = new ArrayList<>(regions.values());
        sorted.sort(Comparator.comparing(Territory::nom, Collator.getInstance(Locale.FRENCH)));
        return Collections.unmodifiableList(sorted);
    }

    /** The départements in code order (01, 02… 2A, 2B… 976). */
    public List<Territory> departements() {
        return List.copyOf(departements.values());
    }

    public int size() {
        return table().byInsee().size();
    }
}
