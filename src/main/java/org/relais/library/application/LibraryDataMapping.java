package org.relais.library.application;

import java.util.List;
import org.relais.library.application.LibraryData.ContractData;
import org.relais.library.application.LibraryData.Decision;
import org.relais.library.application.LibraryData.Declaration;
import org.relais.library.application.LibraryData.DepositedKit;
import org.relais.library.application.LibraryData.Draft;
import org.relais.library.application.LibraryData.File;
import org.relais.library.application.LibraryData.Link;
import org.relais.library.application.LibraryData.Rating;
import org.relais.library.application.LibraryData.Report;
import org.relais.library.application.LibraryData.ReviewedReport;
import org.relais.library.application.LibraryData.UsageRequestData;
import org.relais.library.application.LibraryData.Version;
import org.relais.library.domain.Contract;
import org.relais.library.domain.ContractDocument;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitDraft;
import org.relais.library.domain.KitFile;
import org.relais.library.domain.KitLink;
import org.relais.library.domain.KitRating;
import org.relais.library.domain.KitReport;
import org.relais.library.domain.KitVersion;
import org.relais.library.domain.UsageRequest;

/** The library's entities as the records of a data export ({@link LibraryData}); ids as strings. */
final class LibraryDataMapping {
    private LibraryDataMapping() {}

    static DepositedKit kit(Kit k, List<Version> versions) {
        return new DepositedKit(
                String.valueOf(k.id()),
                k.title(),
                k.summary(),
                k.descriptionSource(),
                k.audience(),
                k.durationMinutes(),
                k.level() == null ? null : k.level().name(),
                k.tags(),
                k.places(),
                k.status().name(),
                k.currentVersion(),
                k.licenceId(),
                k.createdAt(),
                k.updatedAt(),
                versions);
    }

    static Version version(
            KitVersion v, Declaration declaration, List<File> files, List<Link> links) {
        return new Version(
                v.number(),
                v.changes(),
                v.licenceId(),
                v.origin(),
                v.publicBody(),
                v.grants(),
                v.sourcesAttribution(),
                declaration,
                files,
                links,
                v.createdAt());
    }

    static File file(KitFile f) {
        return new File(f.fileName(), f.mediaType(), f.size(), f.sha256());
    }

    static Link link(KitLink l) {
        return new Link(l.url(), l.label());
    }

    static Draft draft(KitDraft d) {
        return new Draft(
                String.valueOf(d.id()),
                d.kitId() == null ? null : String.valueOf(d.kitId()),
                KitDeposits.read(d),
                d.createdAt(),
                d.updatedAt());
    }

    static UsageRequestData request(UsageRequest r, String kitTitle, List<Contract> contracts) {
        return new UsageRequestData(
                String.valueOf(r.id()),
                String.valueOf(r.kitId()),
                kitTitle,
                r.requester(),
                r.use(),
                r.verdict().name(),
                r.reasonCodes(),
                r.status().name(),
                r.message(),
                r.authorMessage(),
                r.conditions(),
                r.grantFrom(),
                r.grantTo(),
                r.decidedAt(),
                r.createdAt(),
                contracts.stream().map(LibraryDataMapping::contract).toList());
    }

    static ContractData contract(Contract c) {
        ContractDocument document = c.document();
        return new ContractData(
                c.number(),
                c.kind().name(),
                document.kitTitle(),
                document.versionNumber(),
                document.licenceId(),
                document.licenceName(),
                document.declaredUse(),
                c.issuedAt(),
                c.fingerprint(),
                c.canonicalText());
    }

    static Decision decision(UsageRequest r, String kitTitle) {
        return new Decision(
                String.valueOf(r.id()),
                String.valueOf(r.kitId()),
                kitTitle,
                r.status().name(),
                r.authorMessage(),
                r.conditions(),
                r.grantFrom(),
                r.grantTo(),
                r.decidedAt());
    }

    static Rating rating(KitRating r, String kitTitle) {
        return new Rating(String.valueOf(r.kitId()), kitTitle, r.stars(), r.ratedAt());
    }

    static Report report(KitReport r, String kitTitle) {
        return new Report(
                String.valueOf(r.id()),
                String.valueOf(r.kitId()),
                kitTitle,
                r.reason().name(),
                r.comment(),
                r.status().name(),
                r.createdAt(),
                r.reviewedAt());
    }

    static ReviewedReport reviewed(KitReport r, String kitTitle) {
        return new ReviewedReport(
                String.valueOf(r.id()),
                String.valueOf(r.kitId()),
                kitTitle,
                r.status().name(),
                r.reviewedAt());
    }
}
