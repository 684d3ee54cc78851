package org.relais.platform.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Gathers every capability's {@link PersonalDataSection} for one member, sorted by name. */
@ApplicationScoped
public class PersonalDataExport {
    @Inject Instance<PersonalDataSection> sections;

    /** The sections' content, by section name. */
    public Map<String, Object> of(long memberId) {
        return gather(sections, memberId);
    }

    static Map<String, Object> gather(Iterable<PersonalDataSection> sections, long memberId) {
        Map<String, Object> content = new TreeMap<>();
        for (PersonalDataSection section : sections) {
            if (content.containsKey(section.name())) {
                throw new IllegalStateException(
                        "Two personal data sections are named " + section.name());
            }
            content.put(
                    section.name(),
                    Objects.requireNonNull(section.of(memberId), section.name() + " gave null"));
        }
        return content;
    }
}
