package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.library.application.DraftState.DraftFile;
import org.relais.library.application.DraftState.DraftLink;
import org.relais.library.domain.ExtraGrants;
import org.relais.library.domain.FieldOfUse;
import org.relais.library.domain.GrantAnswer;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitDetails;
import org.relais.library.domain.KitDraft;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.KitVersion;
import org.relais.library.domain.Licence;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.Origin;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.upload.InspectedFile;

/**
 * The guided deposit, one step per page: details and files, origin, licence, extra grants (only for
 * licences that leave room for them), declaration, then a summary and publication. Each step is
 * checked when it is sent and saved in a draft row, so the deposit survives the end of a session;
 * files are inspected and stored at the first step. Publishing runs the same service as the API:
 * everything is checked again as a whole.
 */
@ApplicationScoped
@Transactional
public class KitDeposits {
    public static final int DETAILS = 1;
    public static final int ORIGIN = 2;
    public static final int LICENCE = 3;
    public static final int GRANTS = 4;
    public static final int DECLARATION = 5;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject KitRepository repository;
    @Inject DepositRules rules;
    @Inject KitFiles files;
    @Inject KitService kits;
    @Inject Clock clock;

    private final LicenceCatalogue licences = LicenceCatalogue.standard();

    /** A draft of the caller's, or not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DraftState get(Caller caller, long draftId) {
        return read(draft(caller, draftId));
    }

    /** Whether the draft is a new version of a kit (its id) or a new kit (empty). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> kitOf(Caller caller, long draftId) {
        return Optional.ofNullable(draft(caller, draftId).kitId());
    }

    /**
     * Step 1 of a new deposit (draftId null) or again later: what the kit is, and its files.
     *
     * @param removed SHA-256 of files of the draft to drop
     * @return the draft's id
     */
    public long saveDetails(
            Caller caller,
            Long draftId,
            DraftState sent,
            List<Upload> uploads,
            Collection<String> removed) {
        KitDraft draft = draftId == null ? null : draft(caller, draftId);
        DraftState state = draft == null ? new DraftState() : read(draft);
        KitDetails details = rules.checkDetails(caller, sent.command());
        List<InspectedFile> kept = new ArrayList<>();
        for (DraftFile file : state.files) {
            if (!removed.contains(file.sha256)) {
                kept.add(file.inspected());
            }
        }
        List<InspectedFile> all = files.accept(uploads, kept);
        if (all.isEmpty()) {
            throw RuleViolation.of("file", "library.files.required");
        }
        state.title = details.title();
        state.summary = details.summary();
        state.description = details.description();
        state.audience = details.audience() == null ? "" : details.audience();
        state.durationMinutes = details.durationMinutes();
        state.level = details.level() == null ? "" : details.level().name();
        state.tags = new ArrayList<>(details.tags());
        state.places = new ArrayList<>(details.places());
        state.links = new ArrayList<>(sent.links);
        state.changes = DepositRules.changes(sent.changes);
        state.files = new ArrayList<>(all.stream().map(DraftFile::new).toList());
        state.reached = Math.max(state.reached, DETAILS);
        if (draft == null) {
            draft = new KitDraft(caller.accountId(), null, JSON.toJson(state), now());
            repository.store(draft);
        } else {
            draft.update(JSON.toJson(state), now());
        }
        return draft.id();
    }

    /** A draft for a new version of a kit, filled with its current version (files carried). */
    public long startVersion(Caller caller, long kitId) {
        Kit kit = repository.getKit(kitId);
        if (!kit.isAuthor(caller.accountId()) && !KitViews.isModerator(caller)) {
            throw new org.relais.platform.error.AccessDeniedException("library.kit.not-author");
        }
        KitVersion current = repository.findVersion(kitId, kit.currentVersion()).orElseThrow();
        DraftState state = new DraftState();
        state.revision = KitView.revisionOf(kit);
        state.title = kit.title();
        state.summary = kit.summary();
        state.description = kit.descriptionSource();
        state.audience = kit.audience() == null ? "" : kit.audience();
        state.durationMinutes = kit.durationMinutes();
        state.level = kit.level() == null ? "" : kit.level().name();
        state.tags = new ArrayList<>(kit.tags());
        state.places = new ArrayList<>(kit.places());
        repository
                .links(current.id())
                .forEach(l -> state.links.add(new DraftLink(l.url(), l.label())));
        repository
                .files(current.id())
                .forEach(
                        f ->
                                state.files.add(
                                        new DraftFile(
                                                new InspectedFile(
                                                        f.fileName(),
                                                        f.mediaType(),
                                                        f.size(),
                                                        f.sha256()))));
        state.origin(current.origin());
        state.licenceId = current.licenceId();
        state.publicBody = current.publicBody();
        current.grants().forEach(state.grants::put);
        KitDraft draft = new KitDraft(caller.accountId(), kitId, JSON.toJson(state), now());
        repository.store(draft);
        return draft.id();
    }

    public void saveOrigin(Caller caller, long draftId, Origin origin) {
        List<FieldError> errors = rules.originErrors(origin);
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        update(caller, draftId, ORIGIN, s -> s.origin(origin));
    }

    public void saveLicence(Caller caller, long draftId, String licenceId, boolean publicBody) {
        DraftState state = get(caller, draftId);
        List<FieldError> errors = new ArrayList<>();
        Licence licence = rules.licence(licenceId, state.origin(), errors);
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        update(
                caller,
                draftId,
                LICENCE,
                s -> {
                    s.licenceId = licence.id();
                    s.publicBody = publicBody;
                    // Answers the new licence leaves room for are kept; the others are dropped.
                    ExtraGrants kept = s.extraGrants().effectiveFor(licence);
                    s.grants = new java.util.LinkedHashMap<>();
                    kept.asMap().forEach((f, a) -> s.grants.put(f.name(), a.name()));
                });
    }

    public void saveGrants(Caller caller, long draftId, Map<FieldOfUse, GrantAnswer> answers) {
        DraftState state = get(caller, draftId);
        Licence licence = licence(state);
        ExtraGrants grants = ExtraGrants.of(answers);
        List<FieldError> errors = rules.grantErrors(licence, grants);
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        update(
                caller,
                draftId,
                GRANTS,
                s -> {
                    s.grants = new java.util.LinkedHashMap<>();
                    grants.asMap().forEach((f, a) -> s.grants.put(f.name(), a.name()));
                });
    }

    public void saveDeclaration(Caller caller, long draftId, boolean accepted) {
        if (!accepted) {
            throw RuleViolation.of("declarationAccepted", "library.declaration.required");
        }
        update(caller, draftId, DECLARATION, s -> s.declarationAccepted = true);
    }

    /**
     * Publishes the draft (a new kit or a new version) and forgets it. {@code seenRevision} is the
     * revision of the kit that a new version replaces, as its summary page showed it.
     */
    public KitView publish(Caller caller, long draftId, String seenRevision) {
        KitDraft draft = draft(caller, draftId);
        DraftState state = read(draft);
        KitView kit =
                draft.kitId() == null
                        ? kits.depositStored(caller, state.command(), state.inspectedFiles())
                        : kits.newVersionStored(
                                caller,
                                draft.kitId(),
                                state.command(),
                                state.inspectedFiles(),
                                seenRevision);
        repository.remove(draft);
        return kit;
    }

    /**
     * Removes drafts last saved before the instant (abandoned deposits), a batch at a time.
     *
     * @return the SHA-256 of the files they named, which may now be unused
     */
    public DraftRemoval removeSavedBefore(OffsetDateTime before, int limit) {
        List<KitDraft> drafts = repository.draftsSavedBefore(before, limit);
        java.util.Set<String> files = new java.util.HashSet<>();
        for (KitDraft draft : drafts) {
            read(draft).files.forEach(f -> files.add(f.sha256));
            repository.remove(draft);
        }
        return new DraftRemoval(drafts.size(), files);
    }

    /** How many drafts were removed, and the files they named. */
    public record DraftRemoval(int drafts, java.util.Set<String> files) {}

    /** Whether a kit version or a remaining draft still names the stored file. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean fileInUse(String sha256) {
        return repository.fileInUse(sha256);
    }

    /** The fields in which extra grants make sense for the draft's licence (none: step skipped). */
    public List<FieldOfUse> grantFields(DraftState state) {
        return state.licenceId == null ? List.of() : ExtraGrants.meaningfulFields(licence(state));
    }

    private Licence licence(DraftState state) {
        return licences.byId(state.licenceId)
                .orElseThrow(() -> RuleViolation.of("licence", "library.licence.required"));
    }

    private void update(
            Caller caller, long draftId, int step, java.util.function.Consumer<DraftState> change) {
        KitDraft draft = draft(caller, draftId);
        DraftState state = read(draft);
        change.accept(state);
        state.reached = Math.max(state.reached, step);
        draft.update(JSON.toJson(state), now());
    }

    private KitDraft draft(Caller caller, long draftId) {
        return repository
                .findDraft(draftId)
                .filter(d -> d.authorId() == caller.accountId())
                .orElseThrow(() -> new NotFoundException("library.draft.not-found"));
    }

    static DraftState read(KitDraft draft) {
        return JSON.fromJson(draft.state(), DraftState.class);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
