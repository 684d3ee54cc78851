package org.relais.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SiteAddressTest {
    private static SiteAddress of(String configured) {
        SiteAddress site = new SiteAddress();
        site.configured = configured;
        return site;
    }

    @Test
    void pathsAreJoinedWithOneSlashWhateverTheSettingEndsWith() {
        assertEquals(
                "https://relais.example.org/lettre",
                of("https://relais.example.org").of("/lettre"));
        assertEquals(
                "https://relais.example.org/lettre",
                of("https://relais.example.org//").of("/lettre"));
        assertEquals("http://localhost:8081", of(" http://localhost:8081/ ").base());
    }
}
