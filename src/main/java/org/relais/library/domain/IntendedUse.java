package org.relais.library.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The use a user declares ("Je veux utiliser ce kit"), as in the API's {@code use} object.
 *
 * @param context where the kit is used
 * @param commercial whether the use is commercial in the CC sense: primarily intended for or
 *     directed towards commercial advantage or monetary compensation (a paid training is)
 * @param reproduce whether copies are made; any distribution implies it
 * @param distribution how copies reach others
 * @param adaptations kinds of adaptation (none: the kit is used as it is)
 * @param publicScreening whether the material is shown to an audience (projection)
 * @param audienceSize expected number of people reached, may be null
 * @param from start of the period, may be null
 * @param to end of the period, may be null
 * @param places where, free text, may be null
 */
public record IntendedUse(
        UseContext context,
        boolean commercial,
        boolean reproduce,
        Distribution distribution,
        Set<Adaptation> adaptations,
        boolean publicScreening,
        Integer audienceSize,
        LocalDate from,
        LocalDate to,
        String places) {

    public IntendedUse {
        Objects.requireNonNull(context, "context");
        distribution = distribution == null ? Distribution.NONE : distribution;
        adaptations =
                adaptations == null || adaptations.isEmpty()
                        ? Set.of()
                        : Set.copyOf(EnumSet.copyOf(adaptations));
        reproduce = reproduce || distribution != Distribution.NONE;
        if (audienceSize != null && audienceSize < 0) {
            throw new IllegalArgumentException("audienceSize must not be negative");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /** A use in the given context, not commercial, with no copy, sharing or adaptation. */
    public static IntendedUse in(UseContext context) {
        return new IntendedUse(
                context, false, false, Distribution.NONE, Set.of(), false, null, null, null, null);
    }

    public IntendedUse commercially(boolean value) {
        return new IntendedUse(
                context,
                value,
                reproduce,
                distribution,
                adaptations,
                publicScreening,
                audienceSize,
                from,
                to,
                places);
    }

    public IntendedUse reproducing(boolean value) {
        return new IntendedUse(
                context,
                commercial,
                value,
                distribution,
                adaptations,
                publicScreening,
                audienceSize,
                from,
                to,
                places);
    }

    public IntendedUse distributing(Distribution value) {
        return new IntendedUse(
                context,
                commercial,
                reproduce,
                value,
                adaptations,
                publicScreening,
                audienceSize,
                from,
                to,
                places);
    }

    public IntendedUse adapting(Set<Adaptation> value) {
        return new IntendedUse(
                context,
                commercial,
                reproduce,
                distribution,
                value,
                publicScreening,
                audienceSize,
                from,
                to,
                places);
    }

    public IntendedUse screening(boolean value) {
        return new IntendedUse(
                context,
                commercial,
                reproduce,
                distribution,
                adaptations,
                value,
                audienceSize,
                from,
                to,
                places);
    }

    public IntendedUse during(LocalDate start, LocalDate end) {
        return new IntendedUse(
                context,
                commercial,
                reproduce,
                distribution,
                adaptations,
                publicScreening,
                audienceSize,
                start,
                end,
                places);
    }

    public IntendedUse reaching(Integer people, String where) {
        return new IntendedUse(
                context,
                commercial,
                reproduce,
                distribution,
                adaptations,
                publicScreening,
                people,
                from,
                to,
                where);
    }

    /**
     * Sharing in the CC sense: providing the material to the public by any means (copies or
     * display).
     */
    public boolean shares() {
        return distribution != Distribution.NONE || publicScreening;
    }

    public boolean adapts() {
        return !adaptations.isEmpty();
    }
}
