package org.relais.library.application;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.relais.library.application.LibraryData.Declaration;
import org.relais.library.application.LibraryData.DepositedKit;
import org.relais.library.application.LibraryData.File;
import org.relais.library.application.LibraryData.Link;
import org.relais.library.application.LibraryData.Version;
import org.relais.library.domain.Contract;
import org.relais.library.domain.KitDeclaration;
import org.relais.library.domain.KitFile;
import org.relais.library.domain.KitLink;
import org.relais.library.domain.KitRating;
import org.relais.library.domain.KitReport;
import org.relais.library.domain.KitVersion;
import org.relais.library.domain.MemberLibraryRepository;
import org.relais.library.domain.UsageRequest;
import org.relais.platform.personaldata.PersonalDataSection;

/** The library's part of a member's data export: see {@link LibraryData}. */
@ApplicationScoped
public class LibraryPersonalData implements PersonalDataSection {
    @Inject MemberLibraryRepository repository;

    @Override
    public String name() {
        return "library";
    }

    @Override
    public LibraryData of(long memberId) {
        List<UsageRequest> requests = repository.requestsBy(memberId);
        List<UsageRequest> decided = repository.requestsDecidedBy(memberId);
        List<KitRating> ratings = repository.ratingsBy(memberId);
        List<KitReport> reports = repository.reportsBy(memberId);
        List<KitReport> reviewed = repository.reportsReviewedBy(memberId);
        Set<Long> kitIds = new TreeSet<>();
        Stream.of(requests, decided).flatMap(List::stream).forEach(r -> kitIds.add(r.kitId()));
        ratings.forEach(r -> kitIds.add(r.kitId()));
        Stream.of(reports, reviewed).flatMap(List::stream).forEach(r -> kitIds.add(r.kitId()));
        Map<Long, String> titles = repository.kitTitles(kitIds);
        Map<Long, List<Contract>> contracts =
                repository.contractsOfRequestsBy(memberId).stream()
                        .collect(groupingBy(Contract::usageRequestId));
        return new LibraryData(
                kits(memberId),
                repository.draftsBy(memberId).stream().map(LibraryDataMapping::draft).toList(),
                requests.stream()
                        .map(
                                r ->
                                        LibraryDataMapping.request(
                                                r,
                                                titles.get(r.kitId()),
                                                contracts.getOrDefault(r.id(), List.of())))
                        .toList(),
                decided.stream()
                        .map(r -> LibraryDataMapping.decision(r, titles.get(r.kitId())))
                        .toList(),
                ratings.stream()
                        .map(r -> LibraryDataMapping.rating(r, titles.get(r.kitId())))
                        .toList(),
                reports.stream()
                        .map(r -> LibraryDataMapping.report(r, titles.get(r.kitId())))
                        .toList(),
                reviewed.stream()
                        .map(r -> LibraryDataMapping.reviewed(r, titles.get(r.kitId())))
                        .toList());
    }

    /** The member's kits with every version, each part read once for all of them. */
    private List<DepositedKit> kits(long memberId) {
        Map<Long, List<File>> files =
                repository.filesOfKitsBy(memberId).stream()
                        .collect(
                                groupingBy(
                                        KitFile::versionId,
                                        mapping(LibraryDataMapping::file, toList())));
        Map<Long, List<Link>> links =
                repository.linksOfKitsBy(memberId).stream()
                        .collect(
                                groupingBy(
                                        KitLink::versionId,
                                        mapping(LibraryDataMapping::link, toList())));
        Map<Long, Declaration> declarations =
                repository.declarationsBy(memberId).stream()
                        .collect(
                                Collectors.toMap(
                                        KitDeclaration::versionId,
                                        d -> new Declaration(d.termsVersion(), d.acceptedAt())));
        Map<Long, List<Version>> versions =
                repository.versionsOfKitsBy(memberId).stream()
                        .collect(
                                groupingBy(
                                        KitVersion::kitId,
                                        mapping(
                                                v ->
                                                        LibraryDataMapping.version(
                                                                v,
                                                                declarations.get(v.id()),
                                                                files.getOrDefault(
                                                                        v.id(), List.of()),
                                                                links.getOrDefault(
                                                                        v.id(), List.of())),
                                                toList())));
        return repository.kitsBy(memberId).stream()
                .map(k -> LibraryDataMapping.kit(k, versions.getOrDefault(k.id(), List.of())))
                .toList();
    }
}
