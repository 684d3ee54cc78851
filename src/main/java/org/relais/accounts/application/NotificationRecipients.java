package org.relais.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.relais.platform.notification.RecipientDirectory;

/** Where notifications mail a member: their confirmed address, while the account is active. */
@ApplicationScoped
public class NotificationRecipients implements RecipientDirectory {
    @Inject AccountService accounts;

    @Override
    public Optional<Recipient> recipient(long accountId) {
        return accounts.findContact(accountId)
                .map(contact -> new Recipient(contact.email(), contact.displayName()));
    }
}
