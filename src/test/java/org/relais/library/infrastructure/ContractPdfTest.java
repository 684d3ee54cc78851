package org.relais.library.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.relais.library.domain.ContractDocument;
import org.relais.library.domain.ContractDocumentTest;
import org.relais.library.domain.Texts;
import org.relais.platform.i18n.Messages;

class ContractPdfTest {
    private static final Texts FRENCH = (key, args) -> new Messages().get(Locale.FRENCH, key, args);

    @Test
    void the_pdf_text_holds_the_licence_url_the_attribution_and_the_fingerprint()
            throws IOException {
        ContractDocument contract = ContractDocumentTest.aUsageContract();

        String text = text(new ContractPdf().render(contract, FRENCH));

        assertTrue(text.contains("Contrat d’usage RL-2026-000123"), text);
        assertTrue(
                text.contains("https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr"), text);
        assertTrue(text.contains(contract.attribution()), text);
        assertTrue(text.contains("Empreinte SHA-256 : " + contract.fingerprint()), text);
        assertTrue(
                text.contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                text);
        assertTrue(
                text.contains("Utilisateur : Médiathèque de Rezé (organisation, organisme public)"),
                text);
        assertTrue(text.contains("du 01/12/2026 au 30/06/2027"), text);
    }

    @Test
    void long_contracts_flow_onto_pages_that_all_carry_the_fingerprint() throws IOException {
        ContractDocument base = ContractDocumentTest.aUsageContract();
        List<String> many =
                Collections.nCopies(
                        120, "Reproduire le kit pour chaque atelier du réseau des médiathèques");
        ContractDocument longOne =
                new ContractDocument(
                        base.number(),
                        base.kind(),
                        base.issuedAt(),
                        base.parties(),
                        base.kitId(),
                        base.kitTitle(),
                        base.versionNumber(),
                        base.files(),
                        base.licenceId(),
                        base.licenceName(),
                        base.legalCodeUrl(),
                        base.declaredUse(),
                        many,
                        base.obligations(),
                        base.notCovered(),
                        base.attribution(),
                        null,
                        null,
                        null,
                        null);

        try (PDDocument pdf = Loader.loadPDF(new ContractPdf().render(longOne, FRENCH))) {
            assertTrue(pdf.getNumberOfPages() > 1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(pdf).contains(longOne.fingerprint()), "page " + page);
            }
        }
    }

    @Test
    void characters_outside_winansi_are_replaced_and_long_words_are_cut() throws IOException {
        ContractPdf renderer = new ContractPdf();
        assertEquals(
                "« Œuvre » – l’été : ? ->",
                renderer.safe("« Œuvre » – l’été\u202F: \u4E2D \u2192"));
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String> lines = ContractPdf.wrap("a".repeat(300), font, 10, 200);
        assertTrue(lines.size() > 1);
        assertEquals("a".repeat(300), String.join("", lines));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
