package org.relais.accounts.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** The demo accounts' stored hash must be the hash of the password the README gives. */
class DemoMembersTest {
    private static byte[] derive(String password, String[] parts) throws Exception {
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        int bits = Base64.getDecoder().decode(parts[3]).length * 8;
        return SecretKeyFactory.getInstance(parts[0])
                .generateSecret(
                        new PBEKeySpec(
                                password.toCharArray(), salt, Integer.parseInt(parts[1]), bits))
                .getEncoded();
    }

    @Test
    void theStoredHashIsTheDemoPasswordsHashWithTheApplicationsParameters() throws Exception {
        String[] parts = DemoMembers.PASSWORD_HASH.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(310_000, Integer.parseInt(parts[1]));
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");

        assertArrayEquals(
                Base64.getDecoder().decode(parts[3]), derive(DemoMembers.PASSWORD, parts));
        assertFalse(
                Arrays.equals(
                        Base64.getDecoder().decode(parts[3]), derive("relais-demo-2025", parts)));
    }
}
