package org.relais.library.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Everything the library keeps about one member, each kind of thing in one query: what a data
 * export reads. Oldest first throughout.
 */
public interface MemberLibraryRepository {
    /** The kits the member deposited, whatever their status. */
    List<Kit> kitsBy(long authorId);

    /** The versions of the member's kits. */
    List<KitVersion> versionsOfKitsBy(long authorId);

    List<KitFile> filesOfKitsBy(long authorId);

    List<KitLink> linksOfKitsBy(long authorId);

    /** The deposit declarations the member made. */
    List<KitDeclaration> declarationsBy(long memberId);

    List<KitDraft> draftsBy(long authorId);

    List<KitRating> ratingsBy(long memberId);

    List<KitReport> reportsBy(long memberId);

    /** The reports a moderator reviewed. */
    List<KitReport> reportsReviewedBy(long moderatorId);

    /** The usage requests the member made. */
    List<UsageRequest> requestsBy(long requesterId);

    /** The contracts issued on the member's usage requests. */
    List<Contract> contractsOfRequestsBy(long requesterId);

    /** The usage requests the member, as an author, granted or refused. */
    List<UsageRequest> requestsDecidedBy(long authorId);

    /** The titles of these kits, by id, whoever their author. */
    Map<Long, String> kitTitles(Collection<Long> kitIds);
}
