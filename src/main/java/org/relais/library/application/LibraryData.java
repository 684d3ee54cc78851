package org.relais.library.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.library.domain.IntendedUse;
import org.relais.library.domain.Origin;
import org.relais.library.domain.Requester;

/**
 * The library's part of a member's data export, as JSON-B writes it. Kits are given in full (their
 * Markdown description and every version with its files, links and declaration); the requests that
 * others made to use the member's kits are theirs, so only the member's own answers to them appear.
 *
 * @param kits the kits the member deposited
 * @param drafts the guided deposits they have not finished, as far as they went
 * @param usageRequests the uses they declared, with the verdict and any contract received
 * @param decisions their answers, as an author, to requests sent to them
 * @param ratings the stars they gave
 * @param reports the problems they reported
 * @param reportsReviewed the reports they reviewed as a moderator
 */
public record LibraryData(
        List<DepositedKit> kits,
        List<Draft> drafts,
        List<UsageRequestData> usageRequests,
        List<Decision> decisions,
        List<Rating> ratings,
        List<Report> reports,
        List<ReviewedReport> reportsReviewed) {

    public record DepositedKit(
            String id,
            String title,
            String summary,
            String description,
            String audience,
            Integer durationMinutes,
            String level,
            Set<String> tags,
            Set<String> places,
            String status,
            int currentVersion,
            String licence,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            List<Version> versions) {}

    public record Version(
            int number,
            String changes,
            String licence,
            Origin origin,
            boolean publicBody,
            Map<String, String> grants,
            String sourcesAttribution,
            Declaration declaration,
            List<File> files,
            List<Link> links,
            OffsetDateTime createdAt) {}

    /** The member confirmed their rights and accepted this text of the deposit terms. */
    public record Declaration(String termsVersion, OffsetDateTime acceptedAt) {}

    public record File(String name, String mediaType, long size, String sha256) {}

    public record Link(String url, String label) {}

    /** A deposit in progress; {@code kitId} is set for a new version of an existing kit. */
    public record Draft(
            String id,
            String kitId,
            DraftState state,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    public record UsageRequestData(
            String id,
            String kitId,
            String kitTitle,
            Requester requester,
            IntendedUse use,
            String verdict,
            List<String> reasons,
            String status,
            String message,
            String authorMessage,
            String conditions,
            LocalDate grantFrom,
            LocalDate grantTo,
            OffsetDateTime decidedAt,
            OffsetDateTime createdAt,
            List<ContractData> contracts) {}

    /**
     * A contract or specific authorisation the member received; {@code text} is what was signed.
     */
    public record ContractData(
            String number,
            String kind,
            String kitTitle,
            int versionNumber,
            String licence,
            String licenceName,
            List<String> declaredUse,
            OffsetDateTime issuedAt,
            String fingerprint,
            String text) {}

    /** An author's answer to a request to use their kit, without the requester's own data. */
    public record Decision(
            String requestId,
            String kitId,
            String kitTitle,
            String status,
            String message,
            String conditions,
            LocalDate grantFrom,
            LocalDate grantTo,
            OffsetDateTime decidedAt) {}

    public record Rating(String kitId, String kitTitle, int stars, OffsetDateTime ratedAt) {}

    public record Report(
            String id,
            String kitId,
            String kitTitle,
            String reason,
            String comment,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime reviewedAt) {}

    /** A report the member reviewed as a moderator: the reporter and their comment are theirs. */
    public record ReviewedReport(
            String id, String kitId, String kitTitle, String status, OffsetDateTime reviewedAt) {}
}
