package org.relais.library.application;

import org.relais.library.domain.Contract;

/** Where an issued contract is read, as the API and pages link to it. */
public record ContractRef(String number, String kind, String fingerprint) {
    public static ContractRef of(Contract contract) {
        return new ContractRef(contract.number(), contract.kind().name(), contract.fingerprint());
    }

    public String url() {
        return "/contrats/" + number;
    }

    public String pdfUrl() {
        return "/contrats/" + number + "/pdf";
    }
}
