package org.relais.platform.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for links and API tokens, and the digests under which they are stored. */
public final class SecretTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {}

    /** 256 random bits, URL-safe. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token, in hex: what the database keeps. */
    public static String digest(String token) {
        return Sha256.hex(token);
    }
}
