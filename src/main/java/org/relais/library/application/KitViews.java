package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.relais.accounts.application.AccountService;
import org.relais.directory.application.PlaceService;
import org.relais.library.application.KitView.PlaceRef;
import org.relais.library.application.VersionView.FileView;
import org.relais.library.application.VersionView.LinkView;
import org.relais.library.domain.FieldOfUse;
import org.relais.library.domain.FileFamily;
import org.relais.library.domain.GrantAnswer;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitDeclaration;
import org.relais.library.domain.KitFile;
import org.relais.library.domain.KitRating;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.KitVersion;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;

/** Builds the views of kits and versions that pages and the API show. */
@ApplicationScoped
public class KitViews {
    @Inject KitRepository repository;
    @Inject AccountService accounts;
    @Inject PlaceService places;
    @Inject TagRegistry tags;

    static boolean isModerator(Caller caller) {
        return caller.hasRole(Caller.MODERATOR) || caller.hasRole(Caller.ADMIN);
    }

    /** The kit with its current version in full. */
    public KitView of(Kit kit, Optional<Caller> visitor) {
        VersionView version =
                repository.findVersion(kit.id(), kit.currentVersion()).map(this::of).orElse(null);
        return view(kit, accounts.displayNames(Set.of(kit.authorId())), visitor, version, true);
    }

    /** Kits for a list: without their version's files, authors' names fetched at once. */
    public List<KitView> summaries(List<Kit> kits, Optional<Caller> visitor) {
        Map<Long, String> names =
                accounts.displayNames(kits.stream().map(Kit::authorId).collect(Collectors.toSet()));
        List<KitView> views = new ArrayList<>();
        for (Kit kit : kits) {
            views.add(view(kit, names, visitor, null, false));
        }
        return views;
    }

    private KitView view(
            Kit kit,
            Map<Long, String> names,
            Optional<Caller> visitor,
            VersionView version,
            boolean full) {
        int mine =
                full
                        ? visitor.flatMap(c -> repository.findRating(kit.id(), c.accountId()))
                                .map(KitRating::stars)
                                .orElse(0)
                        : 0;
        boolean author = visitor.map(c -> kit.isAuthor(c.accountId())).orElse(false);
        boolean moderator = visitor.map(KitViews::isModerator).orElse(false);
        return new KitView(
                kit.id(),
                kit.title(),
                kit.summary(),
                kit.descriptionSource(),
                kit.descriptionHtml(),
                kit.audience(),
                kit.durationMinutes(),
                kit.level(),
                kit.status(),
                tags.labels(kit.tags()),
                full ? places(kit.places()) : List.of(),
                kit.authorId(),
                names.getOrDefault(kit.authorId(), ""),
                kit.createdAt(),
                kit.updatedAt(),
                kit.licenceId(),
                kit.fileFamilies(),
                kit.averageRating(),
                kit.ratingCount(),
                mine,
                version,
                author || moderator,
                moderator,
                KitView.revisionOf(kit));
    }

    private List<PlaceRef> places(Collection<String> ids) {
        List<PlaceRef> refs = new ArrayList<>();
        for (String id : ids) {
            try {
                refs.add(new PlaceRef(id, places.get(id).value("nom")));
            } catch (NotFoundException hidden) {
                // A place hidden since is no longer named.
            }
        }
        return refs;
    }

    public VersionView of(KitVersion v) {
        Optional<KitDeclaration> declaration = repository.declaration(v.id());
        Map<FieldOfUse, GrantAnswer> grants = new EnumMap<>(FieldOfUse.class);
        v.grants()
                .forEach(
                        (field, answer) ->
                                grants.put(FieldOfUse.valueOf(field), GrantAnswer.valueOf(answer)));
        return new VersionView(
                v.id(),
                v.kitId(),
                v.number(),
                v.changes(),
                v.licenceId(),
                v.origin(),
                v.publicBody(),
                grants,
                v.createdAt(),
                declaration.map(KitDeclaration::memberId).orElse(null),
                declaration.map(KitDeclaration::acceptedAt).orElse(null),
                declaration.map(KitDeclaration::termsVersion).orElse(null),
                repository.files(v.id()).stream().map(f -> file(v.kitId(), f)).toList(),
                repository.links(v.id()).stream()
                        .map(l -> new LinkView(l.url(), l.label()))
                        .toList(),
                v.sourcesAttribution());
    }

    static FileView file(long kitId, KitFile f) {
        return new FileView(
                f.id(),
                f.fileName(),
                f.mediaType(),
                FileFamily.of(f.mediaType()).slug(),
                f.size(),
                f.sha256(),
                "/bibliotheque/kits/" + kitId + "/fichiers/" + f.id(),
                f.extractedText() != null);
    }
}
