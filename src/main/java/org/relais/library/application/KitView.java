package org.relais.library.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.relais.library.domain.FileFamily;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitLevel;
import org.relais.library.domain.KitStatus;
import org.relais.platform.tags.TagRegistry.TagLabel;
import org.relais.platform.validation.Revision;

/**
 * A kit as pages and the API show it, with its current version.
 *
 * @param version the current version (null for a kit never published)
 * @param myRating the visitor's own rating, 0 when none or anonymous
 * @param mayEdit whether the visitor may deposit a new version
 * @param mayModerate whether the visitor may unpublish or republish it
 * @param revision what a new version hands back, so that a version published in between is kept
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
        boolean mayModerate,
        String revision) {

    /** A place where the kit was used, with the name the directory gives it (or its id). */
    public record PlaceRef(String id, String name) {}

    /**
     * A kit's revision: the version it stands at, which every new version moves (its files, links,
     * licence and grants come with it), and the details that version gave it.
     */
    public static String revisionOf(Kit kit) {
        return Revision.of(
                kit.currentVersion(),
                kit.title(),
                kit.summary(),
                kit.descriptionSource(),
                kit.audience(),
                kit.durationMinutes(),
                kit.level(),
                kit.tags().stream().sorted().toList(),
                kit.places().stream().sorted().toList());
    }

    public String url() {
        return "/bibliotheque/kits/" + id;
    }
}
