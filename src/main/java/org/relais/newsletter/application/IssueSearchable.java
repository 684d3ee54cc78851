package org.relais.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.newsletter.domain.DigestContent;
import org.relais.newsletter.domain.DigestItem;
import org.relais.newsletter.domain.Issue;
import org.relais.newsletter.domain.IssueStatus;
import org.relais.newsletter.domain.NewsletterRepository;
import org.relais.platform.outbox.EntityIds;
import org.relais.platform.outbox.Searchable;
import org.relais.platform.text.PlainText;

/**
 * A sent issue as a search document: its title, editorial and the titles it lists, found at its
 * archive page. Drafts and issues being sent are not found.
 */
@ApplicationScoped
public class IssueSearchable implements Searchable {
    @Inject NewsletterRepository repository;
    @Inject EntityIds entityIds;

    @Override
    public String entityType() {
        return IssueService.SEARCH_TYPE;
    }

    @Override
    public List<String> ids(String afterId, int limit) {
        return entityIds.after(Issue.class, afterId, limit);
    }

    @Override
    public long count() {
        return entityIds.count(Issue.class);
    }

    @Override
    public Optional<Document> document(String entityId) {
        try {
            return repository
                    .findIssue(Long.parseLong(entityId))
                    .filter(i -> i.status() == IssueStatus.SENT)
                    .map(IssueSearchable::document);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Document document(Issue issue) {
        StringBuilder body = new StringBuilder(PlainText.ofHtml(issue.editorialHtml()));
        DigestContent content = NewsletterMails.fromJson(issue.content());
        for (List<DigestItem> section :
                List.of(content.events(), content.kits(), content.questions(), content.topics())) {
            section.forEach(item -> body.append('\n').append(item.title()));
        }
        return new Document(
                String.valueOf(issue.id()),
                IssueService.SEARCH_TYPE,
                "Lettre n° " + issue.number() + " — " + issue.title(),
                body.toString(),
                Set.of(),
                null,
                "",
                issue.sentAt(),
                "public",
                "/lettre/archives/" + issue.number(),
                Map.of());
    }
}
