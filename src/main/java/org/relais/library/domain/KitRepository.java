package org.relais.library.domain;

import java.util.List;
import java.util.Optional;

/** Kits, their versions, files, links, declarations, ratings, reports and deposit drafts. */
public interface KitRepository {
    void store(Object entity);

    void remove(Object entity);

    Optional<Kit> findKit(long id);

    /** The kit or {@code NotFoundException} ("library.kit.not-found"). */
    Kit getKit(long id);

    Optional<KitVersion> findVersion(long kitId, int number);

    Optional<KitVersion> findVersionById(long versionId);

    /** The versions of a kit, newest first. */
    List<KitVersion> versions(long kitId);

    List<KitFile> files(long versionId);

    Optional<KitFile> findFile(long fileId);

    List<KitLink> links(long versionId);

    Optional<KitDeclaration> declaration(long versionId);

    /** Published kits matching the filter, newest first. */
    List<Kit> kits(KitFilter filter, int offset, int limit);

    long countKits(KitFilter filter);

    Optional<KitRating> findRating(long kitId, long memberId);

    Optional<KitReport> findReport(long id);

    /** Reports of a status (all when null): open ones oldest first, the others newest first. */
    List<KitReport> reports(ReportStatus status, int offset, int limit);

    long countReports(ReportStatus status);

    Optional<KitDraft> findDraft(long id);

    /** Drafts last saved before the instant, oldest first: abandoned deposits. */
    List<KitDraft> draftsSavedBefore(java.time.OffsetDateTime instant, int limit);

    /** Whether a kit version (of any status) or a deposit draft still names this stored file. */
    boolean fileInUse(String sha256);

    /** Whether a kit has open reports of the reason. */
    boolean hasOpenReport(long kitId, ReportReason reason);

    /** Active members with the moderator or admin role, who review reports. */
    List<Long> moderatorIds();

    /** Files whose text has not been extracted yet, oldest first. */
    List<KitFile> filesAwaitingExtraction(int limit);
}
