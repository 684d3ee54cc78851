package org.relais.library.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a declared use is covered by a kit's licence and its author's extra grants, term
 * by term, following the CC 4.0 legal codes:
 *
 * <ul>
 *   <li>the use needs a permission only for the acts it declares: reproduction (any copy, any
 *       distribution), sharing (distribution of copies or public screening — "Share" in CC 1(l)),
 *       adaptation, and commercial purpose (NC, CC 1(i)) only when one of those acts is done for
 *       it. A use that neither copies, shares nor adapts needs no permission;
 *   <li>ND licences let anyone adapt for themselves (CC 2(a)(1)(B)) but not share the adaptation;
 *   <li>a term the licence refuses may be lifted by a GRANTED extra grant whose field matches the
 *       use ({@link #fieldsOf(IntendedUse)}); REFUSED and ON_REQUEST grants are named in the
 *       reasons;
 *   <li>obligations follow the licence's conditions and the acts declared.
 * </ul>
 */
public final class UsageEvaluator {

    public Evaluation evaluate(Licence licence, ExtraGrants grants, IntendedUse use) {
        ExtraGrants effective = grants.effectiveFor(licence);
        Set<FieldOfUse> fields = fieldsOf(use);
        List<Clause> reasons = new ArrayList<>();
        Set<Clause> grantNotes = new LinkedHashSet<>();
        List<Clause> permitted = new ArrayList<>();
        for (Permission term : termsNeeded(use)) {
            if (privateAdaptation(licence, term, use)) {
                permitted.add(
                        Clause.of(
                                "ADAPT_PRIVATE",
                                "usage.permitted.ADAPT_PRIVATE",
                                licence.shortName()));
                continue;
            }
            if (licence.permits(term)) {
                permitted.add(
                        Clause.of(
                                term.name(),
                                "usage.permitted." + term.name(),
                                licence.shortName()));
                continue;
            }
            FieldOfUse granted = answered(effective, fields, term, GrantAnswer.GRANTED);
            if (granted != null) {
                permitted.add(
                        Clause.of(
                                term.name(),
                                "usage.permitted.grant." + term.name(),
                                Clause.label(granted.messageKey())));
                grantNotes.add(
                        Clause.of(
                                "GRANTED_BY_AUTHOR",
                                "usage.reason.GRANTED_BY_AUTHOR",
                                Clause.label(granted.messageKey())));
                continue;
            }
            reasons.add(forbidden(licence, term, use));
            FieldOfUse onRequest = answered(effective, fields, term, GrantAnswer.ON_REQUEST);
            FieldOfUse refused = answered(effective, fields, term, GrantAnswer.REFUSED);
            if (onRequest != null) {
                grantNotes.add(
                        Clause.of(
                                "ON_REQUEST",
                                "usage.reason.ON_REQUEST",
                                Clause.label(onRequest.messageKey())));
            } else if (refused != null) {
                grantNotes.add(
                        Clause.of(
                                "REFUSED_BY_AUTHOR",
                                "usage.reason.REFUSED_BY_AUTHOR",
                                Clause.label(refused.messageKey())));
            }
        }
        boolean covered = reasons.isEmpty();
        if (permitted.isEmpty() && covered) {
            reasons.add(Clause.of("NO_RESTRICTED_ACT", "usage.reason.NO_RESTRICTED_ACT"));
        }
        reasons.addAll(grantNotes);
        return new Evaluation(
                covered ? Verdict.COVERED : Verdict.NOT_COVERED,
                reasons,
                permitted,
                obligations(licence, use),
                notCovered(licence, use));
    }

    /** The licence terms the declared acts need, in a fixed order. */
    static Set<Permission> termsNeeded(IntendedUse use) {
        Set<Permission> terms = EnumSet.noneOf(Permission.class);
        if (use.reproduce()) {
            terms.add(Permission.REPRODUCE);
        }
        if (use.shares()) {
            terms.add(Permission.SHARE);
        }
        if (use.adapts()) {
            terms.add(Permission.ADAPT);
        }
        if (use.commercial() && !terms.isEmpty()) {
            terms.add(Permission.COMMERCIAL);
        }
        return terms;
    }

    /**
     * The fields of use an extra grant must name to apply to this use: a grant stays within its
     * field (a school grant says nothing of a company, a printed-handout grant nothing of online
     * publication).
     */
    public static Set<FieldOfUse> fieldsOf(IntendedUse use) {
        Set<FieldOfUse> fields = EnumSet.noneOf(FieldOfUse.class);
        boolean notOnline = use.distribution() != Distribution.ONLINE;
        if (!use.commercial() && notOnline && use.context() == UseContext.PUBLIC_DIGITAL_SPACE) {
            fields.add(FieldOfUse.NON_PROFIT_WORKSHOP);
        }
        if (!use.commercial() && notOnline && use.context() == UseContext.SCHOOL) {
            fields.add(FieldOfUse.SCHOOL);
        }
        if (use.distribution() == Distribution.PRINTED) {
            fields.add(FieldOfUse.PRINTED_HANDOUTS);
        }
        if (use.adaptations().equals(Set.of(Adaptation.ACCESSIBILITY))) {
            fields.add(FieldOfUse.DISABILITY_ADAPTATION);
        }
        if (use.publicScreening() && use.distribution() == Distribution.NONE) {
            fields.add(FieldOfUse.PUBLIC_SCREENING);
        }
        if (use.commercial() && notOnline) {
            fields.add(FieldOfUse.PAID_TRAINING);
        }
        return fields;
    }

    private static boolean privateAdaptation(Licence licence, Permission term, IntendedUse use) {
        return term == Permission.ADAPT
                && licence.requires(Condition.NO_DERIVATIVES)
                && !use.shares();
    }

    private static FieldOfUse answered(
            ExtraGrants grants, Set<FieldOfUse> fields, Permission term, GrantAnswer wanted) {
        for (FieldOfUse field : fields) {
            if (field.lifts().contains(term) && grants.answer(field).orElse(null) == wanted) {
                return field;
            }
        }
        return null;
    }

    private static Clause forbidden(Licence licence, Permission term, IntendedUse use) {
        String name = licence.shortName();
        if (licence.allRightsReserved()) {
            String code = term.name() + "_RESERVED";
            return Clause.of(code, "usage.reason." + code, name);
        }
        return switch (term) {
            case COMMERCIAL ->
                    Clause.of(
                            "COMMERCIAL_FORBIDDEN",
                            "usage.reason.COMMERCIAL_FORBIDDEN",
                            name,
                            Clause.label("usage.commercial.phrase." + use.context().name()));
            case ADAPT ->
                    Clause.of(
                            "SHARING_ADAPTATION_FORBIDDEN",
                            "usage.reason.SHARING_ADAPTATION_FORBIDDEN",
                            name);
            default -> throw new IllegalStateException(name + " has no rule refusing " + term);
        };
    }

    private static List<Clause> obligations(Licence licence, IntendedUse use) {
        List<Clause> obligations = new ArrayList<>();
        boolean creativeCommonsBy =
                licence.isCreativeCommons() && licence.requires(Condition.ATTRIBUTION);
        boolean sharesAdaptation = use.adapts() && use.shares();
        if (licence.id().equals(Licence.ETALAB)) {
            add(obligations, "ATTRIBUTION_SOURCE_DATE");
        } else if (licence.requires(Condition.ATTRIBUTION) || licence.allRightsReserved()) {
            add(obligations, "ATTRIBUTION");
        }
        if (creativeCommonsBy && sharesAdaptation) {
            add(obligations, "INDICATE_CHANGES");
        }
        if (licence.requires(Condition.SHARE_ALIKE) && sharesAdaptation) {
            obligations.add(
                    Clause.of("SHARE_ALIKE", "usage.obligation.SHARE_ALIKE", licence.shortName()));
        }
        if (licence.requires(Condition.NON_COMMERCIAL) && !use.commercial()) {
            add(obligations, "NON_COMMERCIAL_ONLY");
        }
        if (licence.requires(Condition.NO_DERIVATIVES) && use.adapts() && !use.shares()) {
            add(obligations, "KEEP_ADAPTATION_PRIVATE");
        }
        if (creativeCommonsBy) {
            add(obligations, "NO_ENDORSEMENT");
        }
        if (creativeCommonsBy && use.shares()) {
            add(obligations, "NO_ADDITIONAL_RESTRICTIONS");
        }
        return obligations;
    }

    private static List<Clause> notCovered(Licence licence, IntendedUse use) {
        List<Clause> notCovered = new ArrayList<>();
        if (licence.requires(Condition.NON_COMMERCIAL) && !use.commercial()) {
            notCovered.add(Clause.of("COMMERCIAL_USE", "usage.notcovered.COMMERCIAL_USE"));
        }
        if (licence.requires(Condition.NO_DERIVATIVES)) {
            notCovered.add(
                    Clause.of("SHARING_ADAPTATIONS", "usage.notcovered.SHARING_ADAPTATIONS"));
        }
        notCovered.add(Clause.of("OTHER_USES", "usage.notcovered.OTHER_USES"));
        notCovered.add(Clause.of("THIRD_PARTY_RIGHTS", "usage.notcovered.THIRD_PARTY_RIGHTS"));
        return notCovered;
    }

    private static void add(List<Clause> clauses, String code) {
        clauses.add(Clause.of(code, "usage.obligation." + code));
    }
}
