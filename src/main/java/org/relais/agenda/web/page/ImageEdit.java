package org.relais.agenda.web.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import org.relais.agenda.application.EventImages;
import org.relais.agenda.application.EventView;
import org.relais.agenda.domain.EventImage;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.upload.UploadRefused;

/**
 * What the event form asks of the image: a new file, its removal, or a new text for the current
 * one. It is checked before the event changes, so that a refused image leaves everything as it was,
 * and applied once the event is saved.
 */
record ImageEdit(Optional<EventImages.Upload> upload, boolean remove, String newAlt) {

    /** From the posted fields; {@code current} is the event being edited, null for a new one. */
    static ImageEdit of(
            MultivaluedMap<String, String> posted,
            Optional<EventImages.Upload> upload,
            EventView current) {
        boolean remove = upload.isEmpty() && "oui".equals(posted.getFirst("removeImage"));
        String alt = posted.getFirst("imageAlt");
        boolean altChanged =
                upload.isEmpty()
                        && !remove
                        && current != null
                        && current.image() != null
                        && alt != null
                        && !current.imageAlt().equals(alt.strip());
        return new ImageEdit(upload, remove, altChanged ? alt : null);
    }

    /** Refuses, beside the form's fields, a file or a text that would not be kept. */
    void check(EventImages images) {
        try {
            upload.ifPresent(images::check);
        } catch (UploadRefused refused) {
            throw new RuleViolation(
                    List.of(new FieldError("image", refused.messageKey(), refused.arguments())));
        }
        if (newAlt != null) {
            EventImage.alternativeText(newAlt);
        }
    }

    void apply(EventImages images, Caller caller, long id) {
        upload.ifPresent(u -> images.attach(caller, id, u));
        if (remove) {
            images.remove(caller, id);
        } else if (newAlt != null) {
            images.describe(caller, id, newAlt);
        }
    }
}
