package org.relais.library.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.relais.library.application.DemoKitFiles;
import org.relais.library.application.Upload;
import org.relais.platform.upload.InspectedFile;
import org.relais.platform.upload.UploadInspector;
import org.relais.platform.upload.UploadPolicy;

/** The shipped demo files are real: accepted by the upload rules, PDFs with their text. */
class DemoKitFilesTest {
    private final UploadInspector inspector = new UploadInspector(UploadPolicy.defaults());

    @Test
    void twelveKitsWhoseFilesAllPassTheUploadRulesInUnderOneMegabyte() {
        List<String> kits = DemoKitFiles.kits();
        assertEquals(12, kits.size(), kits.toString());
        long total = 0;
        for (String kit : kits) {
            try (DemoKitFiles.Batch batch = DemoKitFiles.open(kit)) {
                assertFalse(batch.uploads().isEmpty(), kit);
                for (Upload upload : batch.uploads()) {
                    InspectedFile file =
                            inspector.inspect(upload.fileName(), upload.temporaryFile());
                    total += file.size();
                }
                assertTrue(batch.uploads().stream().allMatch(u -> Files.exists(u.temporaryFile())));
                batch.close();
                assertTrue(
                        batch.uploads().stream().noneMatch(u -> Files.exists(u.temporaryFile())));
            }
        }
        assertTrue(total < 1024 * 1024, "total " + total);
    }

    @Test
    void aPdfHoldsItsFrenchText() throws IOException {
        try (DemoKitFiles.Batch batch = DemoKitFiles.open("arnaques-sms");
                PDDocument pdf = Loader.loadPDF(batch.uploads().get(0).temporaryFile().toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Repérer les arnaques par SMS"), text);
            assertTrue(text.contains("hameçonnage"), text);
        }
    }

    @Test
    void theZipOfAKitFolderAndTheOfficeFilesAreRecognised() {
        try (DemoKitFiles.Batch batch = DemoKitFiles.open("arnaques-sms")) {
            Upload zip = batch.uploads().get(3);
            Upload odt = batch.uploads().get(2);
            assertEquals(
                    "application/zip",
                    inspector.inspect(zip.fileName(), zip.temporaryFile()).mediaType());
            assertEquals(
                    "application/vnd.oasis.opendocument.text",
                    inspector.inspect(odt.fileName(), odt.temporaryFile()).mediaType());
        }
    }
}
