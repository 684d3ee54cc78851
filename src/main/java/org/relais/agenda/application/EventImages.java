package org.relais.agenda.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventImage;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.security.Caller;
import org.relais.platform.upload.FileStore;
import org.relais.platform.upload.InspectedFile;
import org.relais.platform.upload.UploadInspector;
import org.relais.platform.upload.UploadRefused;

/**
 * An event's image, under the platform's upload rules (type read from the content, stored under its
 * SHA-256 outside the web root) with a smaller size cap and only the image types a browser shows
 * inline. Whoever may edit the event changes it; whoever may see the event sees it.
 */
@ApplicationScoped
@Transactional
public class EventImages {
    @Inject EventService events;
    @Inject UploadInspector inspector;
    @Inject FileStore files;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relais.agenda.image-max-bytes", defaultValue = "2097152")
    long maxBytes;

    /** An uploaded file waiting in a temporary file, with the name and alternative text given. */
    public record Upload(String fileName, Path file, String alt) {}

    /** An image and where its file is. */
    public record ImageFile(EventImage image, Path path, boolean published) {}

    /** The largest image accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks an upload before anything changes: an alternative text, the size cap, and a PNG, JPEG
     * or WebP by its content. Refusals name the field ({@code imageAlt}) or the file.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EventImage check(Upload upload) {
        String alt = EventImage.alternativeText(upload.alt());
        if (upload.file().toFile().length() > maxBytes) {
            throw new UploadRefused(
                    413, upload.fileName(), "agenda.image.too-large", maxBytes / (1024 * 1024));
        }
        InspectedFile inspected = inspector.inspect(upload.fileName(), upload.file());
        if (!EventImage.TYPES.contains(inspected.mediaType())) {
            throw new UploadRefused(415, upload.fileName(), "agenda.image.not-image");
        }
        return new EventImage(inspected.sha256(), inspected.mediaType(), alt);
    }

    /** Checks the upload, keeps the file and shows it with the event, replacing any other image. */
    public EventView attach(Caller caller, long id, Upload upload) {
        Event event = events.editable(caller, id);
        EventImage image = check(upload);
        files.store(upload.file());
        event.illustrate(image, now());
        return events.view(event);
    }

    /** A new alternative text for the event's current image. */
    public EventView describe(Caller caller, long id, String alt) {
        Event event = events.editable(caller, id);
        event.image().ifPresent(image -> event.illustrate(image.describedAs(alt), now()));
        return events.view(event);
    }

    /**
     * The event shows no image any more. The file stays in the store: the same content may be the
     * image of another event or a file of a kit, and the store does not count who names a file.
     */
    public EventView remove(Caller caller, long id) {
        Event event = events.editable(caller, id);
        event.illustrate(null, now());
        return events.view(event);
    }

    /**
     * The image of an event the viewer may see; anyone else, or an event without one, finds none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImageFile open(Optional<Caller> viewer, long id) {
        EventView event = events.get(viewer, id);
        EventImage image =
                Optional.ofNullable(event.image())
                        .orElseThrow(() -> new NotFoundException("agenda.image.not-found"));
        Path path =
                files.open(image.sha256())
                        .orElseThrow(() -> new NotFoundException("agenda.image.not-found"));
        return new ImageFile(image, path, !event.pending());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
