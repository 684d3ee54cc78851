package org.relais.library.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.library.domain.Contract;
import org.relais.library.domain.ContractDocumentTest;

/** The library's records in a data export: contracts are read back from their signed text. */
class LibraryDataMappingTest {
    @Test
    void aContractGivesItsNumberLicenceDeclaredUseAndTheTextThatWasSigned() {
        Contract contract = new Contract(ContractDocumentTest.aUsageContract(), 5, 6);
        LibraryData.ContractData exported = LibraryDataMapping.contract(contract);
        assertEquals("RL-2026-000123", exported.number());
        assertEquals("USAGE_CONTRACT", exported.kind());
        assertEquals("Premiers pas avec un smartphone", exported.kitTitle());
        assertEquals(3, exported.versionNumber());
        assertEquals("CC-BY-SA-4.0", exported.licence());
        assertEquals("CC BY-SA 4.0", exported.licenceName());
        assertEquals(
                List.of("Contexte : Médiathèque ou bibliothèque", "Diffusion : Copies imprimées"),
                exported.declaredUse());
        assertEquals(contract.fingerprint(), exported.fingerprint());
        assertTrue(exported.text().contains("number=RL-2026-000123"), exported.text());
    }
}
