package org.relais.library.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A field of use for which the author of a kit may grant more than the licence does (step 3 of the
 * deposit). Each field lifts a precise set of licence terms, and only within its scope:
 *
 * <ul>
 *   <li>{@link #NON_PROFIT_WORKSHOP}, {@link #SCHOOL}: reproduce and hand out copies to the
 *       participants of a non-commercial workshop in a public digital space / a class — not online;
 *   <li>{@link #PRINTED_HANDOUTS}: print copies and hand them out — not online;
 *   <li>{@link #DISABILITY_ADAPTATION}: adapt for people with a disability (large print, easy read,
 *       audio description…) and share that adaptation — not a translation nor a remix;
 *   <li>{@link #PUBLIC_SCREENING}: show the material to an audience;
 *   <li>{@link #PAID_TRAINING}: use it (reproduce, hand out to participants) in a training that is
 *       paid for — the commercial use that NC licences refuse.
 * </ul>
 *
 * A grant is only meaningful when the licence does not already permit what the field lifts; see
 * {@link ExtraGrants#redundantFor(Licence)}.
 */
public enum FieldOfUse {
    NON_PROFIT_WORKSHOP(EnumSet.of(Permission.REPRODUCE, Permission.SHARE)),
    SCHOOL(EnumSet.of(Permission.REPRODUCE, Permission.SHARE)),
    PRINTED_HANDOUTS(EnumSet.of(Permission.REPRODUCE, Permission.SHARE)),
    DISABILITY_ADAPTATION(EnumSet.of(Permission.ADAPT, Permission.REPRODUCE, Permission.SHARE)),
    PUBLIC_SCREENING(EnumSet.of(Permission.SHARE)),
    PAID_TRAINING(EnumSet.of(Permission.COMMERCIAL, Permission.REPRODUCE, Permission.SHARE));

    private final Set<Permission> lifts;

    FieldOfUse(Set<Permission> lifts) {
        this.lifts = Set.copyOf(lifts);
    }

    /** The licence terms a grant in this field lifts, within the field's scope. */
    public Set<Permission> lifts() {
        return lifts;
    }

    public String messageKey() {
        return "licence.field." + name();
    }
}
