package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.relais.library.domain.KitFile;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.KitVersion;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.search.extraction.ExtractedText;

/**
 * The short transactions of {@link KitTextExtraction}: which files wait for their text, and the
 * recording of one file's text (or failure) with the search outbox row that re-indexes its kit.
 */
@ApplicationScoped
public class KitTextRecords {
    @Inject KitRepository repository;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;

    /** A file waiting for extraction, detached from the persistence context. */
    public record Pending(long fileId, String fileName, String mediaType, String sha256) {}

    @Transactional
    public List<Pending> pending(int limit) {
        return repository.filesAwaitingExtraction(limit).stream()
                .map(f -> new Pending(f.id(), f.fileName(), f.mediaType(), f.sha256()))
                .toList();
    }

    /** Stores the result on the file and asks the index for its kit's new document. */
    @Transactional
    public void record(long fileId, ExtractedText result) {
        KitFile file = repository.findFile(fileId).orElse(null);
        if (file == null || file.extractedAt() != null) {
            return; // deleted meanwhile, or done by another instance
        }
        String text = clean(result.text());
        file.extracted(
                text.isEmpty() ? null : text,
                result.failureReason().map(Enum::name).orElse(null),
                OffsetDateTime.now(clock));
        repository
                .findVersionById(file.versionId())
                .map(KitVersion::kitId)
                .ifPresent(kitId -> outbox.changed(KitService.KIT_TYPE, kitId));
    }

    /** PostgreSQL text cannot hold NUL characters, which some documents carry. */
    static String clean(String text) {
        return text.replace("\u0000", "").strip();
    }
}
