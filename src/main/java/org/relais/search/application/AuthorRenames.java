package org.relais.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.search.infrastructure.SearchIndex;

/**
 * When a member's name changes or their account is deleted, the documents signed with their former
 * name are indexed again, so that search no longer shows it. The change rows are written in the
 * renaming transaction: they commit with it, and every instance applies them from the outbox.
 */
@ApplicationScoped
public class AuthorRenames {
    @Inject SearchIndex index;
    @Inject SearchOutbox outbox;

    void onRename(@Observes SearchOutbox.AuthorRenamed renamed) {
        for (String key : index.keysByAuthor(renamed.formerName())) {
            int colon = key.indexOf(':');
            outbox.changed(key.substring(0, colon), key.substring(colon + 1));
        }
    }
}
