package org.relais.directory.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

class CsvUploadTest {
    private static final long CAP = 64;

    private static CsvUpload check(String name, byte[] bytes) throws IOException {
        return CsvUpload.check(name, new ByteArrayInputStream(bytes), "file", CAP);
    }

    private static FieldError refusal(String name, byte[] bytes) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> check(name, bytes));
        assertEquals(1, violation.errors().size());
        assertEquals("file", violation.errors().get(0).field());
        return violation.errors().get(0);
    }

    @Test
    void utf8TextIsDecodedWithItsByteOrderMarkLeftToTheCsvReader() throws IOException {
        CsvUpload upload =
                check("lieux.csv", "\uFEFFid,nom\nx,Médiathèque".getBytes(StandardCharsets.UTF_8));
        assertEquals("lieux.csv", upload.fileName());
        assertEquals("\uFEFFid,nom\nx,Médiathèque", upload.text());
    }

    @Test
    void aFileOfExactlyTheCapIsAccepted() throws IOException {
        String full = "a".repeat((int) CAP);
        assertEquals(full, check("lieux.csv", full.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void anEmptyFileIsRefused() {
        FieldError error = refusal("lieux.csv", new byte[0]);
        assertEquals("upload.empty", error.messageKey());
        assertArrayEquals(new Object[] {"lieux.csv"}, error.arguments());
    }

    @Test
    void aFileOverTheCapIsRefusedAsTooLarge() {
        byte[] bytes = "a".repeat((int) CAP + 1).getBytes(StandardCharsets.UTF_8);
        RuleViolation violation = assertThrows(RuleViolation.class, () -> check("big.csv", bytes));
        assertEquals(413, violation.status());
        assertEquals("upload.too-large", violation.errors().get(0).messageKey());
    }

    @Test
    void anEndlessBodyIsReadOneByteOverTheCapAndNoFurther() {
        long[] read = {0};
        InputStream endless =
                new InputStream() {
                    @Override
                    public int read() {
                        read[0]++;
                        return 'a';
                    }
                };
        RuleViolation violation =
                assertThrows(
                        RuleViolation.class,
                        () -> CsvUpload.check(CsvUpload.BODY_NAME, endless, "file", CAP));
        assertEquals(413, violation.status());
        assertEquals("error.413", violation.messageKey(), "the API's detail says what is wrong");
        assertEquals(CAP + 1, read[0]);
    }

    @Test
    void aBinaryFileIsNotACsv() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 8, 0};
        assertEquals("place.import.file.not-text", refusal("lieux.xlsx", zip).messageKey());
        byte[] utf16 = "id,nom".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("place.import.file.not-text", refusal("lieux.csv", utf16).messageKey());
    }

    @Test
    void latin1IsRefusedWithTheLineOfTheFirstUnreadableCharacter() {
        byte[] latin1 = "id,nom\nx,Rennes\ny,Médiathèque".getBytes(StandardCharsets.ISO_8859_1);
        FieldError error = refusal("lieux.csv", latin1);
        assertEquals("place.import.file.not-utf8", error.messageKey());
        assertArrayEquals(new Object[] {"lieux.csv", 3L}, error.arguments());
    }

    @Test
    void aPathSentByTheBrowserIsReducedToTheFileName() throws IOException {
        assertEquals(
                "lieux.csv",
                check("C:\\Users\\anne\\lieux.csv", "id".getBytes(StandardCharsets.UTF_8))
                        .fileName());
    }
}
