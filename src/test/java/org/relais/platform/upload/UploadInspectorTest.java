package org.relais.platform.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relais.platform.i18n.Messages;
import org.relais.search.extraction.SampleFiles;

/** Type detection from content, the allow-list and the name's extension, sizes, and messages. */
class UploadInspectorTest {
    private static final UploadPolicy POLICY =
            new UploadPolicy(64 * 1024, 100_000, 100, 8L << 20, 100, 2);

    @TempDir Path folder;

    private final UploadInspector inspector = new UploadInspector(POLICY);

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(folder, "upload-", ".bin"), content);
    }

    static Stream<Arguments> goodFiles() {
        String text = "Atelier « Créer sa boîte mail » : déroulé en 6 étapes.\n";
        return Stream.of(
                Arguments.of("support.pdf", SampleFiles.pdf("Atelier", null), "application/pdf"),
                Arguments.of(
                        "deroule.odt",
                        SampleFiles.odt("Déroulé"),
                        "application/vnd.oasis.opendocument.text"),
                Arguments.of(
                        "fiche.docx",
                        SampleFiles.docx("Fiche animateur"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("photo.png", SampleFiles.png(), "image/png"),
                Arguments.of("photo.JPG", HostileFiles.image("jpg"), "image/jpeg"),
                Arguments.of("schema.gif", HostileFiles.image("gif"), "image/gif"),
                Arguments.of("photo.webp", HostileFiles.riff("WEBP", "VP8 "), "image/webp"),
                Arguments.of("consigne.wav", HostileFiles.riff("WAVE", "fmt "), "audio/wav"),
                Arguments.of("consigne.mp3", HostileFiles.mp3(), "audio/mpeg"),
                Arguments.of("consigne.ogg", HostileFiles.ogg(), "audio/ogg"),
                Arguments.of("consigne.m4a", HostileFiles.isoMedia("M4A "), "audio/mp4"),
                Arguments.of("tutoriel.mp4", HostileFiles.isoMedia("isom"), "video/mp4"),
                Arguments.of("tutoriel.webm", HostileFiles.webm(), "video/webm"),
                Arguments.of(
                        "kit.zip",
                        SampleFiles.zip(
                                new String[] {"kit/lisez-moi.txt"}, HostileFiles.utf8(text)),
                        "application/zip"),
                Arguments.of("lisez-moi.txt", HostileFiles.utf8(text), "text/plain"),
                Arguments.of("fiche.md", HostileFiles.utf8("# Fiche\n\n" + text), "text/markdown"),
                Arguments.of(
                        "participants.csv",
                        HostileFiles.utf8("prénom;séance\nAmina;1\nJoël;2\n"),
                        "text/csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void acceptsAGoodFileOfEachFamily(String name, byte[] content, String type) throws IOException {
        InspectedFile inspected = inspector.inspect(name, file(content));

        assertEquals(name, inspected.fileName());
        assertEquals(type, inspected.mediaType());
        assertEquals(content.length, inspected.size());
        assertEquals(64, inspected.sha256().length());
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("guide.pdf", HostileFiles.elf(), "upload.type.executable"),
                Arguments.of(
                        "installer.docx",
                        HostileFiles.windowsExecutable(),
                        "upload.type.executable"),
                Arguments.of("logo.svg", HostileFiles.svg(), "upload.type.svg"),
                Arguments.of("logo.png", HostileFiles.svg(), "upload.type.svg"),
                Arguments.of("facture.pdf", HostileFiles.html(), "upload.type.html"),
                Arguments.of("page.txt", HostileFiles.html(), "upload.type.html"),
                Arguments.of("page.html", HostileFiles.utf8("bonjour"), "upload.type.not-allowed"),
                Arguments.of("outil.exe", HostileFiles.utf8("bonjour"), "upload.type.not-allowed"),
                Arguments.of("LISEZMOI", HostileFiles.utf8("bonjour"), "upload.type.no-extension"),
                Arguments.of("fiche.docx", SampleFiles.pdf("Fiche", null), "upload.type.mismatch"),
                Arguments.of(
                        "rapport.pdf",
                        SampleFiles.zip(new String[] {"a.txt"}, HostileFiles.utf8("a")),
                        "upload.type.mismatch"),
                Arguments.of(
                        "fiche.docx",
                        SampleFiles.zip(new String[] {"a.txt"}, HostileFiles.utf8("a")),
                        "upload.type.mismatch"),
                Arguments.of("photo.jpg", SampleFiles.png(), "upload.type.mismatch"),
                Arguments.of("vide.txt", new byte[0], "upload.empty"),
                Arguments.of("gros.txt", new byte[64 * 1024 + 1], "upload.too-large"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("hostileFiles")
    void refusesAFileWhoseContentIsNotWhatItsNameSays(String name, byte[] content, String reason)
            throws IOException {
        Path upload = file(content);

        UploadRefused refused =
                assertThrows(UploadRefused.class, () -> inspector.inspect(name, upload));

        assertEquals(reason, refused.reason());
        assertEquals(name, refused.fileName());
    }

    @Test
    void aRefusalNamesTheFileInFrench() throws IOException {
        Path upload = file(SampleFiles.zip(new String[] {"a.txt"}, HostileFiles.utf8("a")));

        UploadRefused refused =
                assertThrows(UploadRefused.class, () -> inspector.inspect("bilan.pdf", upload));

        String message =
                new Messages().get(Messages.FRENCH, refused.messageKey(), refused.arguments());
        assertEquals(
                "Le fichier « bilan.pdf » n’est pas un vrai fichier .pdf : son contenu est d’un autre"
                        + " type (application/zip). Enregistrez-le à nouveau dans son format réel.",
                message);
        assertEquals(415, refused.status());
    }

    @Test
    void keepsOnlyTheBaseNameABrowserSentWithFolders() throws IOException {
        InspectedFile inspected =
                inspector.inspect(
                        "C:\\Users\\anne\\Bureau\\lisez-moi.txt", file(HostileFiles.utf8("ok")));

        assertEquals("lisez-moi.txt", inspected.fileName());
    }

    @Test
    void repairsAUtf8NameTheMultipartReaderDecodedAsLatin1() throws IOException {
        String sent = "Déroulé « séance ».odt";
        String received =
                new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        InspectedFile inspected = inspector.inspect(received, file(SampleFiles.odt("Déroulé")));

        assertEquals(sent, inspected.fileName());
        assertEquals("café.pdf", UploadInspector.utf8Name("café.pdf"));
        assertEquals("fiche-1.pdf", UploadInspector.utf8Name("fiche-1.pdf"));
        assertEquals("ƒiche.pdf", UploadInspector.utf8Name("ƒiche.pdf"));
    }

    @Test
    void anOfficeFileIsInspectedAsAnArchive() throws IOException {
        byte[] bomb = SampleFiles.flatBomb(3);
        byte[] docx =
                SampleFiles.zip(
                        new String[] {"[Content_Types].xml", "word/document.xml"},
                        HostileFiles.utf8("<Types/>"),
                        new byte[0]);
        Path disguised =
                file(
                        SampleFiles.zip(
                                new String[] {"[Content_Types].xml", "word/media/bombe.bin"},
                                HostileFiles.utf8("<Types/>"),
                                bomb));

        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                inspector.inspect("ok.docx", file(docx)).mediaType());
        UploadRefused refused =
                assertThrows(UploadRefused.class, () -> inspector.inspect("piege.docx", disguised));
        assertEquals("upload.archive.ratio", refused.reason());
    }

    @Test
    void aKitOverItsTotalSizeNamesTheFileThatGoesOver() {
        List<InspectedFile> files =
                List.of(
                        new InspectedFile("a.pdf", "application/pdf", 60_000, "a".repeat(64)),
                        new InspectedFile("b.pdf", "application/pdf", 30_000, "b".repeat(64)),
                        new InspectedFile("c.pdf", "application/pdf", 20_000, "c".repeat(64)));

        inspector.checkKitSize(files.subList(0, 2));
        UploadRefused refused =
                assertThrows(UploadRefused.class, () -> inspector.checkKitSize(files));

        assertEquals("c.pdf", refused.fileName());
        assertEquals("upload.kit-too-large", refused.reason());
        assertEquals(413, refused.status());
        assertTrue(refused.arguments().length == 2);
    }
}
