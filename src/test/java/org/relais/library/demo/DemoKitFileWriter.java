package org.relais.library.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the demo kits' files once, into {@code src/main/resources/demo/kits/<kit>/}, with the
 * manifest {@code files.properties} the demo loader reads: the texts of {@link DemoKitTexts} as PDF
 * (PDFBox, standard fonts, nothing embedded), ODT (a minimal OpenDocument ZIP), DOCX (POI),
 * Markdown, text and CSV, plus a ZIP of one kit's folder and a PNG diagram. Run it from the test
 * class path: {@code java -cp target/test-classes:target/classes:<test class path>
 * org.relais.library.demo.DemoKitFileWriter src/main/resources/demo/kits}.
 */
public final class DemoKitFileWriter {
    private static final String ZIPPED_KIT = "arnaques-sms";

    private DemoKitFileWriter() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/main/resources/demo/kits");
        Map<String, List<String>> manifest = new LinkedHashMap<>();
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        for (DemoKitTexts.Doc doc : DemoKitTexts.DOCS) {
            byte[] content = render(doc.fileName(), doc.text());
            write(root, doc.kit(), doc.fileName(), content, manifest);
            if (doc.kit().equals(ZIPPED_KIT)) {
                zipped.put("kit-" + ZIPPED_KIT + "/" + doc.fileName(), content);
            }
        }
        write(root, ZIPPED_KIT, "kit-" + ZIPPED_KIT + ".zip", zip(zipped), manifest);
        write(root, "decoupe-laser", "schema-plateau.png", diagram(), manifest);
        StringBuilder properties =
                new StringBuilder(
                        "# Files of each demo kit, in order (written by DemoKitFileWriter)\n");
        manifest.forEach(
                (kit, files) ->
                        properties
                                .append(kit)
                                .append('=')
                                .append(String.join(",", files))
                                .append('\n'));
        Files.writeString(root.resolve("files.properties"), properties, StandardCharsets.UTF_8);
    }

    private static void write(
            Path root, String kit, String name, byte[] content, Map<String, List<String>> manifest)
            throws IOException {
        Path folder = Files.createDirectories(root.resolve(kit));
        Files.write(folder.resolve(name), content);
        manifest.computeIfAbsent(kit, k -> new ArrayList<>()).add(name);
    }

    static byte[] render(String fileName, String text) throws IOException {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
        return switch (extension) {
            case "pdf" -> pdf(text);
            case "odt" -> odt(text);
            case "docx" -> docx(text);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A line of the mini Markdown: its kind and its text. */
    private record Line(char kind, String text) {}

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("## ")) {
                lines.add(new Line('h', line.substring(3)));
            } else if (line.startsWith("# ")) {
                lines.add(new Line('t', line.substring(2)));
            } else if (line.startsWith("- ")) {
                lines.add(new Line('-', line.substring(2)));
            } else if (!line.isEmpty()) {
                lines.add(new Line('p', line));
            }
        }
        return lines;
    }

    // PDF

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter writer = new PdfWriter(doc);
            List<Line> lines = lines(text);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(lines.get(0).text());
            info.setAuthor("Réseau Relais");
            doc.setDocumentInformation(info);
            for (Line line : lines) {
                switch (line.kind()) {
                    case 't' -> writer.paragraph(line.text(), writer.bold, 17, 0, 14);
                    case 'h' -> writer.paragraph(line.text(), writer.bold, 12.5f, 0, 4);
                    case '-' -> writer.paragraph("•  " + line.text(), writer.regular, 11, 14, 3);
                    default -> writer.paragraph(line.text(), writer.regular, 11, 0, 8);
                }
            }
            writer.close();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Lays paragraphs out on A4 pages, wrapping words within the margins. */
    private static final class PdfWriter {
        private static final float MARGIN = 64;
        private final PDDocument doc;
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream content;
        private float y;

        PdfWriter(PDDocument doc) {
            this.doc = doc;
        }

        void paragraph(String text, PDType1Font font, float size, float indent, float after)
                throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String line : wrap(text, font, size, width)) {
                if (content == null || y < MARGIN + size) {
                    newPage();
                }
                y -= size * 1.35f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN + indent, y);
                content.showText(line);
                content.endText();
            }
            y -= after;
        }

        private static List<String> wrap(String text, PDType1Font font, float size, float width)
                throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }

    // ODT

    private static byte[] odt(String text) throws IOException {
        StringBuilder body = new StringBuilder();
        boolean inList = false;
        for (Line line : lines(text)) {
            if (line.kind() == '-' && !inList) {
                body.append("<text:list>");
                inList = true;
            } else if (line.kind() != '-' && inList) {
                body.append("</text:list>");
                inList = false;
            }
            String escaped = escape(line.text());
            switch (line.kind()) {
                case 't' ->
                        body.append("<text:h text:style-name=\"Title\" text:outline-level=\"1\">")
                                .append(escaped)
                                .append("</text:h>");
                case 'h' ->
                        body.append(
                                        "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">")
                                .append(escaped)
                                .append("</text:h>");
                case '-' ->
                        body.append("<text:list-item><text:p>")
                                .append(escaped)
                                .append("</text:p></text:list-item>");
                default -> body.append("<text:p>").append(escaped).append("</text:p>");
            }
        }
        if (inList) {
            body.append("</text:list>");
        }
        String ns =
                " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                        + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                        + " office:version=\"1.3\"";
        String content =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + ns
                        + "><office:body><office:text>"
                        + body
                        + "</office:text></office:body></office:document-content>";
        String styles =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles"
                        + ns
                        + "><office:styles>"
                        + "<style:style style:name=\"Standard\" style:family=\"paragraph\">"
                        + "<style:text-properties fo:font-size=\"11pt\"/></style:style>"
                        + "<style:style style:name=\"Title\" style:family=\"paragraph\">"
                        + "<style:text-properties fo:font-size=\"18pt\" fo:font-weight=\"bold\"/>"
                        + "</style:style>"
                        + "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\""
                        + " style:family=\"paragraph\">"
                        + "<style:paragraph-properties fo:margin-top=\"0.4cm\"/>"
                        + "<style:text-properties fo:font-size=\"13pt\" fo:font-weight=\"bold\"/>"
                        + "</style:style></office:styles></office:document-styles>";
        String manifest =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                        + " manifest:version=\"1.3\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\""
                        + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\""
                        + " manifest:media-type=\"text/xml\"/>"
                        + "<manifest:file-entry manifest:full-path=\"styles.xml\""
                        + " manifest:media-type=\"text/xml\"/></manifest:manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype =
                    "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
            entry(zip, "styles.xml", styles.getBytes(StandardCharsets.UTF_8));
            entry(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // DOCX

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Line line : lines(text)) {
                XWPFRun run = doc.createParagraph().createRun();
                switch (line.kind()) {
                    case 't' -> {
                        run.setBold(true);
                        run.setFontSize(18);
                        run.setText(line.text());
                    }
                    case 'h' -> {
                        run.setBold(true);
                        run.setFontSize(13);
                        run.setText(line.text());
                    }
                    case '-' -> run.setText("•  " + line.text());
                    default -> run.setText(line.text());
                }
            }
            doc.getProperties().getCoreProperties().setCreator("Réseau Relais");
            doc.write(out);
            return out.toByteArray();
        }
    }

    // ZIP and PNG

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entry(zip, file.getKey(), file.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(1_763_900_000_000L);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /** The laser cutter's bed with its origin and a safe margin, as drawn on the room's wall. */
    private static byte[] diagram() throws IOException {
        BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 300);
        g.setColor(new Color(0x1f3a5f));
        g.setStroke(new BasicStroke(3));
        g.drawRect(40, 50, 400, 220);
        g.setStroke(
                new BasicStroke(
                        1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6}, 0));
        g.drawRect(60, 70, 360, 180);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Plateau de la découpeuse laser", 40, 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("origine (0, 0)", 46, 288);
        g.drawString("zone de découpe : 1 cm de marge", 140, 165);
        g.fillOval(36, 266, 8, 8);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }
}
