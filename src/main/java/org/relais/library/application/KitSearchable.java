package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.MemberProfile;
import org.relais.library.domain.FileFamily;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitFile;
import org.relais.library.domain.KitRepository;
import org.relais.platform.outbox.EntityIds;
import org.relais.platform.outbox.Searchable;
import org.relais.platform.text.PlainText;

/**
 * A published kit as a search document: its title, summary, description and the text extracted from
 * the current version's files (when extraction has run), with facets by licence and by file type
 * (the family most of its files belong to). Unpublished kits leave the index.
 */
@ApplicationScoped
public class KitSearchable implements Searchable {
    /** Text taken from the files, at most, so that one huge file cannot swell the index. */
    static final int FILE_TEXT_MAX = 200_000;

    @Inject KitRepository repository;
    @Inject AccountService accounts;
    @Inject EntityIds entityIds;

    @Override
    public String entityType() {
        return KitService.KIT_TYPE;
    }

    @Override
    public List<String> ids(String afterId, int limit) {
        return entityIds.after(Kit.class, afterId, limit);
    }

    @Override
    public long count() {
        return entityIds.count(Kit.class);
    }

    @Override
    public Optional<Document> document(String entityId) {
        return parse(entityId)
                .flatMap(repository::findKit)
                .filter(Kit::isPublished)
                .map(this::document);
    }

    private Document document(Kit kit) {
        List<KitFile> files =
                repository
                        .findVersion(kit.id(), kit.currentVersion())
                        .map(v -> repository.files(v.id()))
                        .orElse(List.of());
        StringBuilder body =
                new StringBuilder(kit.summary())
                        .append('\n')
                        .append(PlainText.ofHtml(kit.descriptionHtml()));
        for (KitFile file : files) {
            body.append('\n').append(file.fileName());
            if (file.extractedText() != null && body.length() < FILE_TEXT_MAX) {
                String text = file.extractedText();
                body.append('\n')
                        .append(text, 0, Math.min(text.length(), FILE_TEXT_MAX - body.length()));
            }
        }
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("licence", kit.licenceId() == null ? "" : kit.licenceId());
        facets.put("filetype", mainFamily(files));
        facets.put("place", kit.places().stream().findFirst().orElse(""));
        return new Document(
                String.valueOf(kit.id()),
                entityType(),
                kit.title(),
                body.toString(),
                kit.tags(),
                null,
                accounts.findProfile(kit.authorId()).map(MemberProfile::displayName).orElse(""),
                kit.createdAt(),
                "public",
                "/bibliotheque/kits/" + kit.id(),
                facets);
    }

    /** The family most files belong to ("pdf"), the first in the enum's order on a tie. */
    static String mainFamily(List<KitFile> files) {
        return files.stream()
                .map(f -> FileFamily.of(f.mediaType()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(
                        Comparator.<Map.Entry<FileFamily, Long>>comparingLong(Map.Entry::getValue)
                                .thenComparing(e -> -e.getKey().ordinal()))
                .map(e -> e.getKey().slug())
                .orElse("");
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
