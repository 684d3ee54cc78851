package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileFamilyTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "application/pdf, PDF",
        "application/vnd.oasis.opendocument.text, TEXT",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document, TEXT",
        "application/vnd.oasis.opendocument.presentation, SLIDES",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation, SLIDES",
        "application/vnd.oasis.opendocument.spreadsheet, SPREADSHEET",
        "text/csv, SPREADSHEET",
        "image/png, IMAGE",
        "audio/mpeg, AUDIO",
        "video/mp4, VIDEO",
        "application/zip, ARCHIVE",
        "text/plain, TEXT",
        "application/octet-stream, OTHER"
    })
    void aMediaTypeBelongsToTheFamilyVisitorsFilterOn(String mediaType, FileFamily family) {
        assertEquals(family, FileFamily.of(mediaType));
        assertEquals(family, FileFamily.fromSlug(family.slug()));
    }
}
