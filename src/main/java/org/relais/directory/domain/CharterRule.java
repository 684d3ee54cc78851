package org.relais.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.relais.platform.error.FieldError;

/**
 * Decides whether the criteria a place declares let it join the network. Article 5 of the charter
 * asks for both generic conditions and at least {@value #MINIMUM_SPECIFIC} specific criteria: the
 * generic ones make it a place of mediation at all (welcoming everyone, sharing knowledge), the
 * specific ones show what it offers beyond, so the directory can say what each place is for.
 */
public final class CharterRule {

    public static final int MINIMUM_SPECIFIC = 5;

    /** The field of the form or JSON body that lists the declared criteria. */
    public static final String FIELD = "criteria";

    private final CharterCriteria criteria;

    public CharterRule() {
        this(CharterCriteria.charter());
    }

    public CharterRule(CharterCriteria criteria) {
        this.criteria = Objects.requireNonNull(criteria);
    }

    /**
     * Lists what prevents these criteria from being accepted; an empty list means they are: one
     * error per unknown code, then one if a mandatory condition is missing, then one if too few
     * specific criteria are declared. {@code null} counts as none.
     */
    public List<FieldError> check(Set<String> codes) {
        Set<String> declared = codes == null ? Set.of() : codes;
        List<FieldError> errors = new ArrayList<>();
        int specific = 0;
        for (String code : declared.stream().sorted().toList()) {
            Optional<CharterCriterion> criterion = criteria.find(code);
            if (criterion.isEmpty()) {
                errors.add(new FieldError(FIELD, "charter.criteria.unknown", new Object[] {code}));
            } else if (!criterion.get().mandatory()) {
                specific++;
            }
        }
        boolean allMandatory =
                criteria.mandatory().stream().allMatch(m -> declared.contains(m.code()));
        if (!allMandatory) {
            errors.add(new FieldError(FIELD, "charter.criteria.mandatory"));
        }
        if (specific < MINIMUM_SPECIFIC) {
            errors.add(
                    new FieldError(
                            FIELD,
                            "charter.criteria.minimum",
                            new Object[] {MINIMUM_SPECIFIC, specific}));
        }
        return List.copyOf(errors);
    }
}
