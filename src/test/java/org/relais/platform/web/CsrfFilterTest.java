package org.relais.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.relais.platform.web.page.LocalRedirect;

class CsrfFilterTest {
    @Test
    void theTokenIsReadFromAnUrlEncodedForm() {
        assertEquals("a+b/c", CsrfFilter.formField("email=x%40y.fr&_csrf=a%2Bb%2Fc&x=1", "_csrf"));
        assertEquals("", CsrfFilter.formField("_csrf=&x=1", "_csrf"));
        assertNull(CsrfFilter.formField("email=x", "_csrf"));
        assertNull(CsrfFilter.formField("_csrf=%ZZ", "_csrf"), "a malformed body carries no token");
    }

    @Test
    void redirectsOnlyStayOnRelais() {
        assertEquals("/profil", LocalRedirect.safe("/profil"));
        assertEquals("/membres?page=2", LocalRedirect.safe("/membres?page=2"));
        assertEquals("/", LocalRedirect.safe("https://ailleurs.example/"));
        assertEquals("/", LocalRedirect.safe("//ailleurs.example/"));
        assertEquals("/", LocalRedirect.safe("/\\ailleurs.example"));
        assertEquals("/", LocalRedirect.safe(null));
        assertEquals("/", LocalRedirect.safe("/a\r\nSet-Cookie: x"));
    }
}
