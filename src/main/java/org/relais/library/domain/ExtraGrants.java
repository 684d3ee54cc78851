package org.relais.library.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the author grants beyond the licence, field by field. A field not mentioned has no extra
 * grant: the licence alone decides, and the user may still write to the author.
 *
 * <p>Rule (chosen and tested): a grant is only meaningful where the licence does <em>not</em>
 * already permit everything the field lifts — in practice for "tous droits réservés" and for NC/ND
 * kits. The deposit refuses such redundant answers ({@link #redundantFor(Licence)}); in particular
 * a REFUSED answer cannot take back what a public licence gives, since CC licences are irrevocable
 * and forbid additional restrictions. Should a redundant answer reach the evaluator anyway, it is
 * ignored: the licence wins.
 */
public final class ExtraGrants {
    private static final ExtraGrants NONE = new ExtraGrants(Map.of());
    private final Map<FieldOfUse, GrantAnswer> answers;

    private ExtraGrants(Map<FieldOfUse, GrantAnswer> answers) {
        EnumMap<FieldOfUse, GrantAnswer> copy = new EnumMap<>(FieldOfUse.class);
        copy.putAll(answers);
        this.answers = Collections.unmodifiableMap(copy);
    }

    public static ExtraGrants none() {
        return NONE;
    }

    public static ExtraGrants of(Map<FieldOfUse, GrantAnswer> answers) {
        return answers.isEmpty() ? NONE : new ExtraGrants(answers);
    }

    public ExtraGrants with(FieldOfUse field, GrantAnswer answer) {
        EnumMap<FieldOfUse, GrantAnswer> copy = new EnumMap<>(FieldOfUse.class);
        copy.putAll(answers);
        copy.put(field, answer);
        return new ExtraGrants(copy);
    }

    public Optional<GrantAnswer> answer(FieldOfUse field) {
        return Optional.ofNullable(answers.get(field));
    }

    /** The answers, in the enum's order. */
    public Map<FieldOfUse, GrantAnswer> asMap() {
        return answers;
    }

    public boolean isEmpty() {
        return answers.isEmpty();
    }

    /** Whether the licence already permits everything the field lifts, so a grant adds nothing. */
    public static boolean meaningfulFor(Licence licence, FieldOfUse field) {
        return !licence.permissions().containsAll(field.lifts());
    }

    /**
     * The fields in which an extra grant makes sense for this licence (none for CC0, BY, BY-SA,
     * Etalab).
     */
    public static List<FieldOfUse> meaningfulFields(Licence licence) {
        List<FieldOfUse> fields = new ArrayList<>();
        for (FieldOfUse field : FieldOfUse.values()) {
            if (meaningfulFor(licence, field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The answered fields that the licence already permits: the deposit must refuse them. */
    public List<FieldOfUse> redundantFor(Licence licence) {
        List<FieldOfUse> redundant = new ArrayList<>();
        for (FieldOfUse field : answers.keySet()) {
            if (!meaningfulFor(licence, field)) {
                redundant.add(field);
            }
        }
        return redundant;
    }

    /** These answers without those the licence makes redundant. */
    public ExtraGrants effectiveFor(Licence licence) {
        EnumMap<FieldOfUse, GrantAnswer> kept = new EnumMap<>(FieldOfUse.class);
        answers.forEach(
                (field, answer) -> {
                    if (meaningfulFor(licence, field)) {
                        kept.put(field, answer);
                    }
                });
        return of(kept);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtraGrants other && answers.equals(other.answers);
    }

    @Override
    public int hashCode() {
        return answers.hashCode();
    }

    @Override
    public String toString() {
        return "ExtraGrants" + answers;
    }
}
