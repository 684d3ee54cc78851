package org.relais.platform.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What contributors share while loading the demo: ids of what earlier ones created, by a readable
 * key ({@code member:camille}), so that later capabilities can refer to the same people.
 */
public final class DemoContext {
    private final Map<String, Long> ids = new HashMap<>();

    public void remember(String key, long id) {
        ids.put(key, id);
    }

    public Optional<Long> id(String key) {
        return Optional.ofNullable(ids.get(key));
    }
}
