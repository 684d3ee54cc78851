package org.relais.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a text (its UTF-8 bytes), in lower-case hex: stored token digests, contract
 * fingerprints, a payment's request fingerprint. Every API request with a token and every payment
 * computes one, so each is made from a copy of one digest rather than by asking the security
 * providers for the algorithm again.
 */
public final class Sha256 {
    private static final MessageDigest PROTOTYPE = newDigest();

    private Sha256() {}

    public static String hex(String text) {
        return HexFormat.of().formatHex(copy().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest copy() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newDigest(); // a provider whose digests cannot be copied
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
