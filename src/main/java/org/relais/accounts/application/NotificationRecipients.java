package org.relais.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
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

    @Override
    public List<Long> activeMembers() {
        List<Long> ids = new ArrayList<>();
        int batch = 500;
        List<MemberProfile> page;
        do {
            page = accounts.newestMembers(ids.size(), batch);
            page.forEach(member -> ids.add(member.id()));
        } while (page.size() == batch);
        return ids;
    }
}
