package org.relais.library.application;

import java.util.List;
import java.util.Optional;
import org.relais.library.domain.Evaluation;
import org.relais.library.domain.Licence;

/**
 * The answer to a usage request, its sentences rendered in the reader's language.
 *
 * @param contract the usage contract, when the use is covered
 */
public record UsageAnswer(
        long requestId,
        long kitId,
        String kitTitle,
        Licence licence,
        Evaluation evaluation,
        List<Term> reasons,
        List<String> permitted,
        List<String> obligations,
        List<String> notCovered,
        Optional<ContractRef> contract) {

    /** A reason: its code and its sentence. */
    public record Term(String code, String message) {}

    public boolean covered() {
        return evaluation.covered();
    }
}
