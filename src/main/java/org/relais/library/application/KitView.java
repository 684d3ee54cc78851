package org.relais.library.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.relais.library.domain.FileFamily;
import org.relais.library.domain.KitLevel;
import org.relais.library.domain.KitStatus;
import org.relais.platform.tags.TagRegistry.TagLabel;

/**
 * A kit as pages and the API show it, with its current version.
 *
 * @param version the current version (null for a kit never published)
 * @param myRating the visitor's own rating, 0 when none or anonymous
 * @param mayEdit whether the visitor may deposit a new version
 * @param mayModerate whether the visitor may unpublish or republish it
 */
public record KitView(
        long id,
        String title,
        String summary,
        String descriptionSource,
        String descriptionHtml,
        String audience,
        Integer durationMinutes,
        KitLevel level,
        KitStatus status,
        List<TagLabel> tags,
        List<PlaceRef> places,
        long authorId,
        String authorName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String licenceId,
        List<FileFamily> fileFamilies,
        double averageRating,
        int ratingCount,
        int myRating,
        VersionView version,
        boolean mayEdit,
        boolean mayModerate) {

    /** A place where the kit was used, with the name the directory gives it (or its id). */
    public record PlaceRef(String id, String name) {}

    public String url() {
        return "/bibliotheque/kits/" + id;
    }
}
