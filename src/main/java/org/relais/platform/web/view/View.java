package org.relais.platform.web.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A page to render: the template's path inside the theme (without {@code .html}) and its model.
 * Resources return it as the entity of a response; {@link ViewWriter} renders it.
 */
public record View(String template, Map<String, Object> model) {
    public View {
        Objects.requireNonNull(template);
        model = new LinkedHashMap<>(model);
    }

    public static View of(String template) {
        return new View(template, Map.of());
    }

    /** A copy of this view with one more model entry (null values are allowed). */
    public View with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(model);
        copy.put(name, value);
        return new View(template, copy);
    }
}
