package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relais.library.application.DepositRules.CheckedDeposit;
import org.relais.library.domain.FileFamily;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitDeclaration;
import org.relais.library.domain.KitFile;
import org.relais.library.domain.KitFilter;
import org.relais.library.domain.KitLink;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.KitVersion;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.upload.InspectedFile;
import org.relais.platform.validation.Revision;

/**
 * Depositing kits and their new versions, and reading them. A deposit is checked as a whole, then
 * its files are inspected and stored, then the kit, its version, grants, declaration, files and
 * links are recorded in one transaction: a refused field or file leaves nothing behind. A new
 * version keeps the history; the files of the previous version may be carried over by SHA-256.
 */
@ApplicationScoped
@Transactional
public class KitService {
    public static final String KIT_TYPE = "kit";

    @Inject KitRepository repository;
    @Inject DepositRules rules;
    @Inject KitFiles files;
    @Inject KitViews views;
    @Inject MarkdownRenderer markdown;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;

    /** A new kit with its version 1, from files just received. */
    public KitView deposit(Caller caller, DepositKit command, List<Upload> uploads) {
        CheckedDeposit checked = rules.check(caller, command, !uploads.isEmpty());
        return record(caller, null, checked, command, files.accept(uploads, List.of()));
    }

    /** A new kit with its version 1, from files already inspected and stored (a deposit draft). */
    public KitView depositStored(Caller caller, DepositKit command, List<InspectedFile> stored) {
        CheckedDeposit checked = rules.check(caller, command, !stored.isEmpty());
        return record(caller, null, checked, command, stored);
    }

    /**
     * A new version of a kit, by its author (or a moderator).
     *
     * @param keep SHA-256 of the current version's files to carry over
     * @param seenRevision the {@link KitView#revision()} the new version was written from: if the
     *     kit changed since, it is an {@link org.relais.platform.error.EditConflict} (none given:
     *     the new version replaces whatever is current)
     */
    public KitView newVersion(
            Caller caller,
            long kitId,
            DepositKit command,
            List<Upload> uploads,
            List<String> keep,
            String seenRevision) {
        Kit kit = editable(caller, kitId, seenRevision);
        List<InspectedFile> carried = carried(kit, keep);
        CheckedDeposit checked =
                rules.check(caller, command, !uploads.isEmpty() || !carried.isEmpty());
        return record(caller, kit, checked, command, files.accept(uploads, carried));
    }

    /**
     * A new version from files already stored (a deposit draft for an existing kit); {@code
     * seenRevision} as for {@link #newVersion}.
     */
    public KitView newVersionStored(
            Caller caller,
            long kitId,
            DepositKit command,
            List<InspectedFile> stored,
            String seenRevision) {
        Kit kit = editable(caller, kitId, seenRevision);
        CheckedDeposit checked = rules.check(caller, command, !stored.isEmpty());
        return record(caller, kit, checked, command, stored);
    }

    private KitView record(
            Caller caller,
            Kit existing,
            CheckedDeposit checked,
            DepositKit command,
            List<InspectedFile> kitFiles) {
        OffsetDateTime now = now();
        var description = markdown.render(checked.details().description());
        Kit kit = existing;
        if (kit == null) {
            kit = new Kit(caller.accountId(), checked.details(), description, now);
            repository.store(kit);
        } else {
            kit.describe(checked.details(), description, now);
        }
        KitVersion version =
                new KitVersion(
                        kit.id(),
                        kit.currentVersion() + 1,
                        existing == null ? "" : DepositRules.changes(command.changes()),
                        checked.licence().id(),
                        checked.origin(),
                        command.publicBody(),
                        checked.grants().asMap().entrySet().stream()
                                .collect(
                                        Collectors.toMap(
                                                e -> e.getKey().name(), e -> e.getValue().name())),
                        checked.remix() == null ? null : checked.remix().attribution(),
                        now);
        repository.store(version);
        repository.store(
                new KitDeclaration(version.id(), caller.accountId(), DepositTerms.VERSION, now));
        for (InspectedFile file : kitFiles) {
            repository.store(
                    new KitFile(
                            version.id(),
                            file.fileName(),
                            file.mediaType(),
                            file.size(),
                            file.sha256()));
        }
        for (DepositKit.NewLink link : checked.links()) {
            repository.store(new KitLink(version.id(), link.url(), link.label()));
        }
        kit.publishVersion(
                version, kitFiles.stream().map(f -> FileFamily.of(f.mediaType())).toList(), now);
        outbox.changed(KIT_TYPE, kit.id());
        return views.of(kit, Optional.of(caller));
    }

    /** The kit, if the caller may publish a new version of it from {@code seenRevision}. */
    private Kit editable(Caller caller, long kitId, String seenRevision) {
        Kit kit = repository.getKit(kitId);
        if (!kit.isAuthor(caller.accountId()) && !KitViews.isModerator(caller)) {
            throw new AccessDeniedException("library.kit.not-author");
        }
        Revision.check(seenRevision, KitView.revisionOf(kit));
        return kit;
    }

    private List<InspectedFile> carried(Kit kit, List<String> keep) {
        if (keep == null || keep.isEmpty()) {
            return List.of();
        }
        KitVersion current = repository.findVersion(kit.id(), kit.currentVersion()).orElseThrow();
        Map<String, KitFile> bySha =
                repository.files(current.id()).stream()
                        .collect(Collectors.toMap(KitFile::sha256, f -> f, (a, b) -> a));
        return keep.stream()
                .distinct()
                .map(
                        sha -> {
                            KitFile file = bySha.get(sha);
                            if (file == null) {
                                throw org.relais.platform.error.RuleViolation.of(
                                        "keepFiles", "library.files.keep-unknown", sha);
                            }
                            return new InspectedFile(
                                    file.fileName(), file.mediaType(), file.size(), file.sha256());
                        })
                .toList();
    }

    /** A kit as its visitor may see it: unpublished kits only for their author and moderators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KitView get(long kitId, Optional<Caller> visitor) {
        return views.of(visible(kitId, visitor), visitor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView version(long kitId, int number, Optional<Caller> visitor) {
        visible(kitId, visitor);
        return repository
                .findVersion(kitId, number)
                .map(views::of)
                .orElseThrow(() -> new NotFoundException("library.version.not-found"));
    }

    /** Every version of a kit, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionView> versions(long kitId, Optional<Caller> visitor) {
        visible(kitId, visitor);
        return repository.versions(kitId).stream().map(views::of).toList();
    }

    public record KitPage(List<KitView> items, long total) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public KitPage list(KitFilter filter, PageRequest paging, Optional<Caller> visitor) {
        List<Kit> kits = repository.kits(filter, paging.offset(), paging.size());
        return new KitPage(views.summaries(kits, visitor), repository.countKits(filter));
    }

    /** A file of a visible kit, for its download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KitFile file(long kitId, long fileId, Optional<Caller> visitor) {
        visible(kitId, visitor);
        KitFile file =
                repository
                        .findFile(fileId)
                        .orElseThrow(() -> new NotFoundException("library.file.not-found"));
        KitVersion version = repository.findVersionById(file.versionId()).orElseThrow();
        if (version.kitId() != kitId) {
            throw new NotFoundException("library.file.not-found");
        }
        return file;
    }

    Kit visible(long kitId, Optional<Caller> visitor) {
        Kit kit = repository.getKit(kitId);
        boolean privileged =
                visitor.map(c -> kit.isAuthor(c.accountId()) || KitViews.isModerator(c))
                        .orElse(false);
        if (!kit.isPublished() && !privileged) {
            throw new NotFoundException("library.kit.not-found");
        }
        return kit;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
