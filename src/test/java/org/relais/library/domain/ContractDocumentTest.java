package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

public class ContractDocumentTest {
    /**
     * The fingerprint of {@link #aUsageContract()}: changing the canonical form breaks every issued
     * contract.
     */
    static final String PINNED_FINGERPRINT =
            "b83bd635d89a379b6d72611351386454783ff1bca2bae8b271b0b95bcb9d5fbe";

    /** A usage contract as the service issues one, reused by the PDF test. */
    public static ContractDocument aUsageContract() {
        return new ContractDocument(
                "RL-2026-000123",
                ContractDocument.Kind.USAGE_CONTRACT,
                Instant.parse("2026-11-23T17:45:12.345Z"),
                List.of(
                        new ContractDocument.Party(
                                ContractDocument.Party.Role.AUTHOR,
                                "Claire Martin",
                                Requester.Kind.PERSON,
                                false),
                        new ContractDocument.Party(
                                ContractDocument.Party.Role.USER,
                                "Médiathèque de Rezé",
                                Requester.Kind.ORGANISATION,
                                true)),
                12,
                "Premiers pas avec un smartphone",
                3,
                List.of(
                        new ContractDocument.ContractFile(
                                "fiche-animateur.pdf",
                                "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"),
                        new ContractDocument.ContractFile(
                                "diaporama.odp",
                                "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")),
                "CC-BY-SA-4.0",
                "CC BY-SA 4.0",
                "https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr",
                List.of("Contexte : Médiathèque ou bibliothèque", "Diffusion : Copies imprimées"),
                List.of("Reproduire le kit (licence CC BY-SA 4.0)"),
                List.of("Citer l'auteur", "Ne pas laisser entendre que l'auteur vous soutient"),
                List.of("Tout usage autre que celui déclaré ici"),
                "« Premiers pas avec un smartphone » par Claire Martin, https://relais.example/bibliotheque/kits/12, sous licence CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr).",
                null,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 6, 30),
                null);
    }

    @Test
    void canonical_form_is_sorted_documented_text() {
        String canonical = aUsageContract().canonicalForm();
        List<String> keys = canonical.lines().map(l -> l.substring(0, l.indexOf('='))).toList();
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);

        assertEquals(sorted, keys);
        assertTrue(canonical.endsWith("\n"));
        assertTrue(canonical.contains("format=relais-contract-1\n"));
        assertTrue(canonical.contains("issuedAt=2026-11-23T17:45:12Z\n"));
        assertTrue(
                canonical.contains(
                        "files.000.sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"));
        assertTrue(canonical.contains("kit.version=3\n"));
        assertTrue(canonical.contains("period.to=2027-06-30\n"));
        assertTrue(!canonical.contains("acceptance") && !canonical.contains("authorConditions"));
    }

    @Test
    void fingerprint_is_stable_across_runs() {
        assertEquals(aUsageContract().fingerprint(), aUsageContract().fingerprint());
        assertEquals(
                ContractDocument.sha256(aUsageContract().canonicalForm()),
                aUsageContract().fingerprint());
        assertEquals(PINNED_FINGERPRINT, aUsageContract().fingerprint());
    }

    @Test
    void nfc_and_line_ends_do_not_change_the_fingerprint() {
        ContractDocument composed = aUsageContract();
        ContractDocument decomposed =
                with(
                        composed,
                        b -> b.title("Premiers pas avec un smartphone"),
                        "Me\u0301diathe\u0300que de Reze\u0301");

        assertEquals(composed.fingerprint(), decomposed.fingerprint());
        ContractDocument crlf = new Builder(composed).conditions("Ligne 1\r\nLigne 2").build();
        ContractDocument lf = new Builder(composed).conditions("Ligne 1\nLigne 2").build();
        assertEquals(crlf.fingerprint(), lf.fingerprint());
        assertTrue(lf.canonicalForm().contains("authorConditions=Ligne 1\\nLigne 2\n"));
    }

    @Test
    void any_changed_field_changes_the_fingerprint() {
        ContractDocument original = aUsageContract();
        List<ContractDocument> altered =
                List.of(
                        with(original, b -> b.title("Premiers pas avec une tablette"), null),
                        with(original, b -> b, "Médiathèque de Nantes"),
                        new Builder(original).conditions("Citer aussi la médiathèque").build(),
                        new Builder(original).version(4).build(),
                        new Builder(original).fileHash("0".repeat(64)).build(),
                        new Builder(original).licence("CC-BY-4.0").build(),
                        new Builder(original).attribution("autre attribution").build(),
                        new Builder(original).to(LocalDate.of(2027, 7, 1)).build());

        for (ContractDocument document : altered) {
            assertNotEquals(
                    original.fingerprint(), document.fingerprint(), document.canonicalForm());
        }
    }

    @Test
    void parse_reads_back_exactly_what_was_written() {
        ContractDocument authorisation =
                new Builder(aUsageContract())
                        .authorisation(
                                new ContractDocument.Acceptance(
                                        "Claire Martin", Instant.parse("2026-11-24T08:00:00Z")))
                        .conditions("Citer la médiathèque \\ le réseau\net prévenir l'auteure")
                        .build();

        ContractDocument read = ContractDocument.parse(authorisation.canonicalForm());

        assertEquals(authorisation, read);
        assertEquals(authorisation.fingerprint(), read.fingerprint());
    }

    @Test
    void numbers_and_authorisations_are_checked() {
        assertEquals("RL-2026-000123", ContractNumber.of(2026, 123));
        assertEquals("RL-2027-1234567", ContractNumber.of(2027, 1_234_567));
        assertTrue(ContractNumber.isWellFormed("RL-2026-000001"));
        assertTrue(!ContractNumber.isWellFormed("RL-26-1") && !ContractNumber.isWellFormed(null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Builder(aUsageContract()).authorisation(null).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> ContractDocument.parse("number=RL-2026-000001\n"));
    }

    private static ContractDocument with(
            ContractDocument c, UnaryOperator<Builder> change, String userName) {
        Builder b = change.apply(new Builder(c));
        if (userName != null) {
            b.user(userName);
        }
        return b.build();
    }

    /** Copies a contract with one field changed. */
    static final class Builder {
        private final ContractDocument c;
        private String title;
        private List<ContractDocument.Party> parties;
        private Integer version;
        private List<ContractDocument.ContractFile> files;
        private String licenceId;
        private String attribution;
        private LocalDate to;
        private ContractDocument.Kind kind;
        private ContractDocument.Acceptance acceptance;
        private String conditions;

        Builder(ContractDocument c) {
            this.c = c;
        }

        Builder title(String value) {
            title = value;
            return this;
        }

        Builder user(String name) {
            parties =
                    List.of(
                            c.parties().get(0),
                            new ContractDocument.Party(
                                    ContractDocument.Party.Role.USER,
                                    name,
                                    Requester.Kind.ORGANISATION,
                                    true));
            return this;
        }

        Builder version(int value) {
            version = value;
            return this;
        }

        Builder fileHash(String sha) {
            files =
                    List.of(
                            new ContractDocument.ContractFile(c.files().get(0).name(), sha),
                            c.files().get(1));
            return this;
        }

        Builder licence(String id) {
            licenceId = id;
            return this;
        }

        Builder attribution(String value) {
            attribution = value;
            return this;
        }

        Builder conditions(String value) {
            conditions = value;
            return this;
        }

        Builder to(LocalDate value) {
            to = value;
            return this;
        }

        Builder authorisation(ContractDocument.Acceptance value) {
            kind = ContractDocument.Kind.SPECIFIC_AUTHORISATION;
            acceptance = value;
            return this;
        }

        ContractDocument build() {
            return new ContractDocument(
                    c.number(),
                    kind != null ? kind : c.kind(),
                    c.issuedAt(),
                    parties != null ? parties : c.parties(),
                    c.kitId(),
                    title != null ? title : c.kitTitle(),
                    version != null ? version : c.versionNumber(),
                    files != null ? files : c.files(),
                    licenceId != null ? licenceId : c.licenceId(),
                    c.licenceName(),
                    c.legalCodeUrl(),
                    c.declaredUse(),
                    c.permitted(),
                    c.obligations(),
                    c.notCovered(),
                    attribution != null ? attribution : c.attribution(),
                    conditions != null ? conditions : c.authorConditions(),
                    c.periodFrom(),
                    to != null ? to : c.periodTo(),
                    acceptance != null ? acceptance : c.acceptance());
        }
    }
}
