package org.relais.library.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.relais.library.domain.FieldOfUse;
import org.relais.library.domain.GrantAnswer;
import org.relais.library.domain.Origin;

/**
 * One version of a kit: its licence, origin, extra grants, declaration, files and links.
 *
 * @param sourcesAttribution for an adaptation of kits, the attribution block of its sources (one
 *     line each), else null
 * @param declaredBy the member who made the declaration (null only for versions recorded without
 *     one, which the service does not allow)
 */
public record VersionView(
        long id,
        long kitId,
        int number,
        String changes,
        String licenceId,
        Origin origin,
        boolean publicBody,
        Map<FieldOfUse, GrantAnswer> grants,
        OffsetDateTime createdAt,
        Long declaredBy,
        OffsetDateTime declaredAt,
        String termsVersion,
        List<FileView> files,
        List<LinkView> links,
        String sourcesAttribution) {

    public long totalSize() {
        return files.stream().mapToLong(FileView::size).sum();
    }

    /** A file of the version, with the address it is downloaded from. */
    public record FileView(
            long id,
            String name,
            String mediaType,
            String family,
            long size,
            String sha256,
            String downloadUrl,
            boolean textExtracted) {}

    public record LinkView(String url, String label) {}
}
