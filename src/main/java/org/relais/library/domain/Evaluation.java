package org.relais.library.domain;

import java.util.List;
import java.util.Objects;

/**
 * The engine's answer to a declared use, term by term.
 *
 * @param verdict covered or not
 * @param reasons why: each conflicting term (and, when a grant decided, which one)
 * @param permitted what the user may do for this use
 * @param obligations what the user must do in return
 * @param notCovered what the answer (and the contract) does not cover
 */
public record Evaluation(
        Verdict verdict,
        List<Clause> reasons,
        List<Clause> permitted,
        List<Clause> obligations,
        List<Clause> notCovered) {

    public Evaluation {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        permitted = List.copyOf(permitted);
        obligations = List.copyOf(obligations);
        notCovered = List.copyOf(notCovered);
    }

    public boolean covered() {
        return verdict == Verdict.COVERED;
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(Clause::code).toList();
    }

    public List<String> obligationCodes() {
        return obligations.stream().map(Clause::code).toList();
    }
}
