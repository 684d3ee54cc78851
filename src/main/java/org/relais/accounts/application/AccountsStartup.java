package org.relais.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.platform.persistence.StartupTask;
import org.relais.platform.security.Caller;

/**
 * Creates the first administrator at start-up from {@code RELAIS_ADMIN_EMAIL} and {@code
 * RELAIS_ADMIN_PASSWORD}, when both are set and no administrator exists yet.
 */
@ApplicationScoped
public class AccountsStartup implements StartupTask {
    private static final Logger LOG = Logger.getLogger(AccountsStartup.class.getName());

    @Inject AccountService accounts;

    @Inject
    @ConfigProperty(name = "relais.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "relais.admin.password")
    Optional<String> adminPassword;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void run() {
        String email = adminEmail.orElse("").strip();
        String password = adminPassword.orElse("");
        if (email.isEmpty() || password.isEmpty() || accounts.anyAdmin()) {
            return;
        }
        accounts.provision(
                new RegisterAccount("Administration", email, password),
                Caller.ADMIN,
                Caller.MODERATOR);
        LOG.info(() -> "Premier compte administrateur créé : " + email);
    }
}
