package org.relais.library.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The licences a kit may carry, read from {@code library/licences.properties}: adding or correcting
 * a licence is a data change. The standard catalogue is loaded once and shared.
 */
public final class LicenceCatalogue {
    public static final String RESOURCE = "library/licences.properties";
    private static final LicenceCatalogue STANDARD = load(RESOURCE);

    private final Map<String, Licence> byId;

    private LicenceCatalogue(List<Licence> licences) {
        Map<String, Licence> map = new LinkedHashMap<>();
        for (Licence licence : licences) {
            if (map.put(licence.id(), licence) != null) {
                throw new IllegalStateException("licence listed twice: " + licence.id());
            }
        }
        this.byId = map;
    }

    public static LicenceCatalogue standard() {
        return STANDARD;
    }

    /** All licences, in the order depositors see them. */
    public List<Licence> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Licence> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.trim()));
    }

    /** The licence with this SPDX id; {@link IllegalArgumentException} for an unknown id. */
    public Licence get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown licence: " + id));
    }

    /** Licence Ouverte / Etalab 2.0: the expected choice of a public administration. */
    public Licence publicBodyDefault() {
        return byId.values().stream()
                .filter(Licence::publicBodyDefault)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("no licence flagged publicBodyDefault"));
    }

    static LicenceCatalogue load(String resource) {
        try (InputStream in =
                LicenceCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("licence catalogue not found: " + resource);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LicenceCatalogue parse(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        List<Licence> licences = new ArrayList<>();
        for (String id : p.getProperty("licences", "").split(",")) {
            String key = id.trim();
            licences.add(
                    new Licence(
                            key,
                            required(p, key + ".short"),
                            required(p, key + ".name.fr"),
                            required(p, key + ".name.en"),
                            p.getProperty(key + ".legalcode", ""),
                            p.getProperty(key + ".deed", ""),
                            p.getProperty(key + ".badge", ""),
                            names(Permission.class, p.getProperty(key + ".permissions", "")),
                            names(Condition.class, p.getProperty(key + ".conditions", "")),
                            Boolean.parseBoolean(
                                    p.getProperty(key + ".publicBodyDefault", "false"))));
        }
        return new LicenceCatalogue(licences);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("licence catalogue: missing " + key);
        }
        return value.trim();
    }

    private static <E extends Enum<E>> Set<E> names(Class<E> type, String list) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                set.add(Enum.valueOf(type, name.trim()));
            }
        }
        return set;
    }
}
