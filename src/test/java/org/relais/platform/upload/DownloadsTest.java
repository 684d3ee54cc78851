package org.relais.platform.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Content-Disposition header, safe for accents, quotes and separators (RFC 6266, 5987). */
class DownloadsTest {
    @Test
    void namesAPlainFileAsItIs() {
        assertEquals(
                "attachment; filename=\"fiche-1.pdf\"; filename*=UTF-8''fiche-1.pdf",
                Downloads.contentDisposition("fiche-1.pdf"));
    }

    @Test
    void encodesAccentsAndSpacesAndGivesAnAsciiFallback() {
        assertEquals(
                "attachment; filename=\"Deroule de seance.odt\";"
                        + " filename*=UTF-8''D%C3%A9roul%C3%A9%20de%20s%C3%A9ance.odt",
                Downloads.contentDisposition("Déroulé de séance.odt"));
    }

    @Test
    void quotesSemicolonsAndPercentSignsCannotBreakTheHeader() {
        String header = Downloads.contentDisposition("a\"b;c%d\\e\r\nX-Injected: 1.txt");
        assertEquals(
                "attachment; filename=\"a_b_c_d_e__X-Injected: 1.txt\";"
                        + " filename*=UTF-8''a%22b%3Bc%25d%5Ce%0D%0AX-Injected%3A%201.txt",
                header);
    }

    @Test
    void keepsCharactersOutsideLatinInTheEncodedName() {
        assertEquals("l_atelier_.txt", Downloads.asciiFallback("l’atelier✓.txt"));
        assertEquals("l%E2%80%99atelier%E2%9C%93.txt", Downloads.percentEncode("l’atelier✓.txt"));
    }
}
