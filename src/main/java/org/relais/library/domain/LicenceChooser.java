package org.relais.library.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Step 2 of the deposit, the Creative Commons chooser's questions: is the work dedicated to the
 * public domain? may others adapt it (yes / only if they share alike / no)? may they use it
 * commercially? A depositor acting for a public administration is pointed to Licence Ouverte /
 * Etalab 2.0, the licence French public bodies are expected to use for what they publish (CRPA art.
 * D323-2-1); when their answers already allow everything it is the licence proposed.
 */
public final class LicenceChooser {
    public enum Adaptations {
        YES,
        SHARE_ALIKE,
        NO
    }

    /**
     * The depositor's answers. {@code adaptations} and {@code commercial} are ignored for the
     * public domain.
     */
    public record Answers(
            boolean publicDomain,
            Adaptations adaptations,
            boolean commercial,
            boolean publicAdministration) {
        public Answers {
            Objects.requireNonNull(adaptations, "adaptations");
        }
    }

    /**
     * The licence the answers lead to and, for a public administration whose answers lead
     * elsewhere, the recommended Etalab licence.
     */
    public record Choice(Licence licence, Optional<Licence> recommended) {}

    private final LicenceCatalogue catalogue;

    public LicenceChooser(LicenceCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Choice choose(Answers answers) {
        Licence etalab = catalogue.publicBodyDefault();
        Licence licence = catalogue.get(idFor(answers));
        if (answers.publicAdministration() && !licence.equals(etalab)) {
            return new Choice(licence, Optional.of(etalab));
        }
        return new Choice(licence, Optional.empty());
    }

    private static String idFor(Answers a) {
        if (a.publicDomain()) {
            return Licence.CC0;
        }
        if (a.commercial()) {
            return switch (a.adaptations()) {
                case YES -> a.publicAdministration() ? Licence.ETALAB : Licence.CC_BY;
                case SHARE_ALIKE -> Licence.CC_BY_SA;
                case NO -> Licence.CC_BY_ND;
            };
        }
        return switch (a.adaptations()) {
            case YES -> Licence.CC_BY_NC;
            case SHARE_ALIKE -> Licence.CC_BY_NC_SA;
            case NO -> Licence.CC_BY_NC_ND;
        };
    }
}
