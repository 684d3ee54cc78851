package org.relais.benchmark.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.forum.application.ForumService;
import org.relais.forum.application.NewTopic;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.qa.application.AskQuestion;
import org.relais.qa.application.QaService;

/**
 * Writes a batch of forum topics and replies, questions and answers through the forum and Q&A
 * services, in one transaction: how the search benchmark loads a 100,000-document corpus in minutes
 * rather than with one HTTP request and one commit per document. Each document goes through the
 * same use case as a member's (rendering, tags, outbox row, notifications); only the transaction is
 * shared. Off unless {@code relais.bench.bulk-load} is true, and for administrators only: a
 * production server never offers it.
 */
@ApplicationScoped
public class CorpusImport {
    /** The most documents one batch may hold. */
    public static final int BATCH_MAX = 500;

    @Inject ForumService forum;
    @Inject QaService qa;

    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "relais.bench.bulk-load", defaultValue = "false")
    boolean enabled;

    /** What a document is; replies and answers name their topic or question by {@code parentId}. */
    public enum Kind {
        TOPIC,
        POST,
        QUESTION,
        ANSWER
    }

    /** One document of a batch, as its own API call would take it. */
    public record Item(
            Kind kind,
            Long parentId,
            Long categoryId,
            String title,
            String body,
            List<String> tags) {}

    /**
     * Writes the items in order, all or none; returns, for each, the id its own API call would have
     * answered (the topic, post or question; an answer's question).
     */
    @Transactional
    public List<String> write(Caller caller, List<Item> items) {
        if (!enabled) {
            throw new NotFoundException("bench.bulk-load.off");
        }
        if (!caller.hasRole(Caller.ADMIN)) {
            throw new AccessDeniedException("bench.bulk-load.admin");
        }
        if (items == null || items.isEmpty() || items.size() > BATCH_MAX) {
            throw RuleViolation.of("items", "bench.bulk-load.size", BATCH_MAX);
        }
        items.forEach(CorpusImport::checkShape);
        List<String> ids = new ArrayList<>(items.size());
        for (Item item : items) {
            ids.add(write(caller, item));
            // Each use case finds what it needs by id: written out and forgotten, the documents
            // already done would otherwise be checked for changes before every later query.
            em.flush();
            em.clear();
        }
        return ids;
    }

    /**
     * Refuses a batch with an item of no kind or a reply without parent before anything is written:
     * a batch rolled back half-way would leave its outbox ids unused, a gap the indexer waits for.
     */
    private static void checkShape(Item item) {
        if (item == null || item.kind() == null) {
            throw RuleViolation.of("kind", "bench.bulk-load.kind");
        }
        boolean reply = item.kind() == Kind.POST || item.kind() == Kind.ANSWER;
        if (reply && item.parentId() == null) {
            throw RuleViolation.of("parentId", "bench.bulk-load.parent");
        }
    }

    private String write(Caller caller, Item item) {
        List<String> tags = item.tags() == null ? List.of() : item.tags();
        long id =
                switch (item.kind()) {
                    case TOPIC ->
                            forum.startTopic(
                                            caller,
                                            new NewTopic(
                                                    item.categoryId(),
                                                    item.title(),
                                                    item.body(),
                                                    tags))
                                    .id();
                    case POST -> forum.reply(caller, item.parentId(), item.body(), null).id();
                    case QUESTION ->
                            qa.ask(
                                            caller,
                                            new AskQuestion(
                                                    item.title(), item.body(), tags, null, null))
                                    .id();
                    case ANSWER -> qa.answer(caller, item.parentId(), item.body()).id();
                };
        return Long.toString(id);
    }
}
