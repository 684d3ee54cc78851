package org.relais.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.search.infrastructure.SearchIndex;

/**
 * When a member's name changes or their account is deleted, the documents signed with their former
 * name are indexed again, so that search no longer shows it. The change rows are written in the
 * renaming transaction: they commit with it, and every instance applies them from the outbox.
 */
@ApplicationScoped
public class AuthorRenames {
    private static final Logger LOG = Logger.getLogger(AuthorRenames.class.getName());

    @Inject SearchIndex index;
    @Inject SearchOutbox outbox;

    void onRename(@Observes SearchOutbox.AuthorRenamed renamed) {
        List<String> keys;
        try {
            keys = index.keysByAuthor(renamed.formerName());
        } catch (RuntimeException unreadable) {
            // A member's deletion or new name must not fail because this instance's index cannot
            // be read; its documents keep the former name until the index is rebuilt.
            LOG.log(
                    Level.WARNING,
                    "Index de recherche illisible : les documents d’un membre renommé ou supprimé"
                            + " garderont l’ancien nom jusqu’à la reconstruction de l’index.",
                    unreadable);
            return;
        }
        for (String key : keys) {
            int colon = key.indexOf(':');
            outbox.changed(key.substring(0, colon), key.substring(colon + 1));
        }
    }
}
