package org.relais.platform.tags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.security.Caller;
import org.relais.platform.text.Tags;

/**
 * The shared tag vocabulary. Capabilities call {@link #resolve} when a member tags something: known
 * tags are reused, unknown ones are created only if the member may create tags, otherwise the whole
 * write is refused with the unknown tags named, so a typo does not become a new tag.
 */
@ApplicationScoped
public class TagRegistry {
    public static final String SEARCH_TYPE = "tag";

    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Inject Clock clock;
    @Inject SearchOutbox outbox;
    @Inject Instance<TagCreationPolicy> creationPolicy;
    @Inject Instance<TagVocabulary> vocabularies;

    private final Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The tags as typed (labels or slugs), normalized, de-duplicated and checked: between {@code
     * min} and {@code max} of them, each known or creatable by the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TagView> resolve(Collection<String> typed, Caller caller, int min, int max) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (typed != null) {
            for (String raw : typed) {
                Tags.normalize(raw).ifPresent(slug -> labels.putIfAbsent(slug, raw.strip()));
            }
        }
        if (labels.size() < min) {
            throw RuleViolation.of("tags", "tags.too-few", min);
        }
        if (labels.size() > max) {
            throw RuleViolation.of("tags", "tags.too-many", max);
        }
        List<Tag> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        labels.forEach(
                (slug, label) -> {
                    Tag tag = em.find(Tag.class, slug);
                    if (tag != null) {
                        found.add(tag);
                    } else {
                        unknown.add(slug);
                    }
                });
        if (!unknown.isEmpty() && !mayCreate(caller)) {
            throw RuleViolation.of("tags", "tags.unknown", String.join(", ", unknown));
        }
        List<TagView> result = new ArrayList<>();
        for (Map.Entry<String, String> entry : labels.entrySet()) {
            Tag tag =
                    found.stream()
                            .filter(t -> t.slug().equals(entry.getKey()))
                            .findFirst()
                            .orElseGet(() -> create(entry.getKey(), entry.getValue(), caller));
            result.add(TagView.of(tag));
        }
        return result;
    }

    /** Whether the caller may add new tags to the vocabulary. */
    public boolean mayCreate(Caller caller) {
        if (caller.hasRole(Caller.MODERATOR) || caller.hasRole(Caller.ADMIN)) {
            return true;
        }
        return creationPolicy.isResolvable() && creationPolicy.get().mayCreateTags(caller);
    }

    /** Creates a tag outright, for demo content and administrators; returns the existing one. */
    @Transactional
    public TagView define(String label, String description) {
        String slug =
                Tags.normalize(label).orElseThrow(() -> RuleViolation.of("tags", "tags.empty"));
        Tag tag = em.find(Tag.class, slug);
        if (tag == null) {
            tag = new Tag(slug, label, null, now());
            em.persist(tag);
            outbox.changed(SEARCH_TYPE, slug);
            labels.remove(slug); // it may have been read from a vocabulary
        }
        if (description != null && !description.isBlank()) {
            tag.describe(limit(description, Tag.DESCRIPTION_MAX));
        }
        return TagView.of(tag);
    }

    public Optional<TagView> find(String slug) {
        return Optional.ofNullable(em.find(Tag.class, slug)).map(TagView::of);
    }

    public TagView get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("tags.not-found", slug));
    }

    /** Tags whose slug starts with the typed prefix, for suggestions while typing. */
    public List<TagView> suggest(String typed, int limit) {
        String prefix = Tags.normalize(typed).orElse("");
        return em
                .createQuery(
                        "select t from Tag t where t.slug like :prefix escape '!' order by t.slug",
                        Tag.class)
                .setParameter("prefix", escapeLike(prefix) + "%")
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(TagView::of)
                .toList();
    }

    /**
     * The labels of the given slugs, in their order ("impression-3d" → "Impression 3D"), for lists
     * that store slugs. A label never changes once its tag exists, so each instance keeps the ones
     * it has read: a busy page costs no query for them. A slug that is no tag takes its label from
     * the capabilities' vocabularies ({@link TagVocabulary}), else stands for itself.
     */
    public List<TagLabel> labels(Collection<String> slugs) {
        List<String> missing = slugs.stream().filter(s -> !labels.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            em.createQuery("select t from Tag t where t.slug in :slugs", Tag.class)
                    .setParameter("slugs", missing)
                    .getResultList()
                    .forEach(t -> labels.put(t.slug(), t.label()));
            for (TagVocabulary vocabulary : vocabularies) {
                Map<String, String> known = vocabulary.labelsBySlug();
                for (String slug : missing) {
                    String label = known.get(slug);
                    if (label != null) {
                        labels.putIfAbsent(slug, label);
                    }
                }
            }
        }
        return slugs.stream().map(s -> new TagLabel(s, labels.getOrDefault(s, s))).toList();
    }

    /** A tag as lists show it: its slug for links, its label for reading. */
    public record TagLabel(String slug, String label) {}

    public List<TagView> all() {
        return em
                .createQuery("select t from Tag t order by t.slug", Tag.class)
                .getResultList()
                .stream()
                .map(TagView::of)
                .toList();
    }

    @Transactional
    public TagView describe(String slug, String description) {
        Tag tag = em.find(Tag.class, slug);
        if (tag == null) {
            throw new NotFoundException("tags.not-found", slug);
        }
        if (description != null && description.strip().length() > Tag.DESCRIPTION_MAX) {
            throw RuleViolation.of("description", "tags.description-too-long", Tag.DESCRIPTION_MAX);
        }
        tag.describe(description);
        outbox.changed(SEARCH_TYPE, slug);
        return TagView.of(tag);
    }

    /**
     * Changes a tag's label and description; its slug, used in addresses, stays. Who may do so is
     * the calling capability's rule.
     */
    @Transactional
    public TagView edit(String slug, String label, String description) {
        String newLabel = label == null ? "" : label.strip();
        if (newLabel.isEmpty() || newLabel.length() > Tag.LABEL_MAX) {
            throw RuleViolation.of("label", "tags.label-length", Tag.LABEL_MAX);
        }
        TagView described = describe(slug, description);
        em.find(Tag.class, described.slug()).relabel(newLabel);
        // lists read labels through the cache: without this, they kept the old one until a restart
        labels.remove(described.slug());
        return get(slug);
    }

    private Tag create(String slug, String label, Caller caller) {
        Tag tag = new Tag(slug, label, caller.accountId(), now());
        em.persist(tag);
        outbox.changed(SEARCH_TYPE, slug);
        labels.remove(slug); // it may have been read from a vocabulary
        return tag;
    }

    private static String limit(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
