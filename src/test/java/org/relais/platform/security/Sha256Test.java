package org.relais.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared SHA-256: the standard's test vectors, UTF-8, and copies that share no state. */
class Sha256Test {
    static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void theStandardVectorsHashAsPublished() {
        assertEquals(ABC, Sha256.hex("abc"));
        assertEquals(EMPTY, Sha256.hex(""));
    }

    @Test
    void aTextIsHashedAsItsUtf8Bytes() {
        // "é" is C3 A9 in UTF-8 (its Latin-1 byte E9 would hash to de2e331d…)
        assertEquals(
                "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c",
                Sha256.hex("é"));
    }

    @Test
    void digestsMadeAtTheSameTimeDoNotMixTheirInput() {
        List<String> hashes =
                IntStream.range(0, 2_000)
                        .parallel()
                        .mapToObj(i -> Sha256.hex(i % 2 == 0 ? "abc" : ""))
                        .toList();

        for (int i = 0; i < hashes.size(); i++) {
            assertEquals(i % 2 == 0 ? ABC : EMPTY, hashes.get(i));
        }
    }
}
