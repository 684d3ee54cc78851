package org.relais.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 with a configurable work factor (Jakarta Security's default of 2,048
 * iterations is far too low). Unknown e-mails are checked against a dummy hash so that a login
 * takes as long whether or not the account exists.
 */
@ApplicationScoped
public class PasswordHasher {
    @Inject Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "relais.security.pbkdf2-iterations", defaultValue = "310000")
    int iterations;

    /** A hash to verify against when the account is unknown; made on first need, not at start. */
    private volatile String dummy;

    @PostConstruct
    void init() {
        hash.initialize(
                Map.of(
                        "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                        "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    }

    private String dummy() {
        String made = dummy;
        if (made == null) {
            made = hash.generate("relais-dummy-password".toCharArray());
            dummy = made;
        }
        return made;
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        if (storedHash == null) {
            hash.verify(password.toCharArray(), dummy());
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash);
    }
}
