package org.relais.library.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.relais.library.domain.ContractDocument;
import org.relais.library.domain.ContractSections;
import org.relais.library.domain.Texts;

/**
 * Renders a contract to an A4 PDF with PDFBox: title, every section in the order of {@link
 * ContractSections}, wrapped text, and on every page a footer with the fingerprint and the page
 * number. It uses the standard Helvetica fonts, so nothing is embedded and the WAR carries no font
 * file; they cover WinAnsi (all of French, « », œ, ’, –), and any other character is replaced by
 * its closest WinAnsi form or "?" — the canonical form, not the PDF, is what is fingerprinted.
 */
public final class ContractPdf {
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD =
            new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 36;
    private static final Map<Integer, String> REPLACEMENTS =
            Map.of(
                    0x202F, " ", 0x2009, " ", 0x2011, "-", 0x2012, "-", 0x2212, "-", 0x2192, "->",
                    0x2264, "<=", 0x2265, ">=");

    private final Map<Integer, String> encodable = new HashMap<>();

    public byte[] render(ContractDocument contract, Texts texts) {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(safe(ContractSections.title(contract, texts)));
            info.setSubject(contract.fingerprint());
            Writer writer = new Writer(pdf, footer(contract, texts));
            writer.paragraph(ContractSections.title(contract, texts), BOLD, 16, 0);
            writer.paragraph(ContractSections.issued(contract, texts), REGULAR, 10, 0);
            for (ContractSections.Section section : ContractSections.of(contract, texts)) {
                writer.space(8);
                writer.paragraph(section.heading(), BOLD, 12, 0);
                for (String line : section.lines()) {
                    writer.paragraph(
                            section.bullets() ? "• " + line : line,
                            REGULAR,
                            10,
                            section.bullets() ? 10 : 0);
                }
            }
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "contract " + contract.number() + " could not be rendered", e);
        }
    }

    private List<String> footer(ContractDocument contract, Texts texts) {
        return List.of(
                safe(texts.text("contract.fingerprint", contract.fingerprint())),
                safe(
                        texts.text("contract.number", contract.number())
                                + " — "
                                + texts.text("contract.footer")));
    }

    /** The text with every character Helvetica cannot encode replaced. */
    String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        cp ->
                                out.append(
                                        encodable.computeIfAbsent(cp, ContractPdf::encodableForm)));
        return out.toString();
    }

    private static String encodableForm(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        if (codePoint == '\n' || codePoint == '\t') {
            return " ";
        }
        try {
            REGULAR.encode(character);
            BOLD.encode(character);
            return character;
        } catch (IOException | IllegalArgumentException e) {
            return REPLACEMENTS.getOrDefault(codePoint, "?");
        }
    }

    /** Places wrapped lines on pages, opening a new page (with its footer) when one is full. */
    private final class Writer {
        private final PDDocument pdf;
        private final List<String> footer;
        private PDPageContentStream stream;
        private float y;
        private int pages;

        Writer(PDDocument pdf, List<String> footer) throws IOException {
            this.pdf = pdf;
            this.footer = footer;
            newPage();
        }

        void space(float points) {
            y -= points;
        }

        void paragraph(String text, PDType1Font font, float size, float indent) throws IOException {
            float leading = size * 1.4f;
            for (String line : wrap(safe(text), font, size, WIDTH - indent)) {
                if (y - leading < BOTTOM) {
                    newPage();
                }
                y -= leading;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN + indent, y);
                stream.showText(line);
                stream.endText();
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            pages++;
            stream = new PDPageContentStream(pdf, page);
            float footerY = MARGIN;
            for (String line : footer) {
                stream.beginText();
                stream.setFont(REGULAR, 7.5f);
                stream.newLineAtOffset(MARGIN, footerY);
                stream.showText(line);
                stream.endText();
                footerY -= 10;
            }
            stream.beginText();
            stream.setFont(REGULAR, 7.5f);
            stream.newLineAtOffset(MARGIN + WIDTH - 20, MARGIN + 12);
            stream.showText(Integer.toString(pages));
            stream.endText();
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }

    /** Greedy word wrap; a word longer than the line (a URL, a SHA-256) is cut where it must be. */
    static List<String> wrap(String text, PDType1Font font, float size, float width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
