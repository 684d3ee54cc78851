package org.relais.agenda.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.MemberProfile;
import org.relais.agenda.domain.AgendaRepository;
import org.relais.agenda.domain.Event;
import org.relais.platform.outbox.EntityIds;
import org.relais.platform.outbox.Searchable;
import org.relais.platform.text.PlainText;

/**
 * A published event as a search document (type {@code event}): title, description, where and for
 * whom, dated by its first start, with facets by place and region. Proposals waiting for
 * confirmation are not searchable.
 */
@ApplicationScoped
public class EventSearchable implements Searchable {
    @Inject AgendaRepository repository;
    @Inject AccountService accounts;
    @Inject EntityIds entityIds;

    @Override
    public String entityType() {
        return EventService.SEARCH_TYPE;
    }

    @Override
    public List<String> ids(String afterId, int limit) {
        return entityIds.after(Event.class, afterId, limit);
    }

    @Override
    public long count() {
        return entityIds.count(Event.class);
    }

    @Override
    public Optional<Document> document(String entityId) {
        try {
            return repository
                    .find(Long.parseLong(entityId))
                    .filter(Event::isPublished)
                    .map(this::document);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Document document(Event e) {
        StringBuilder body = new StringBuilder(PlainText.ofHtml(e.descriptionHtml()));
        for (String part : new String[] {e.placeName(), e.address(), e.audience()}) {
            if (part != null) {
                body.append('\n').append(part);
            }
        }
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("place", e.placeId() == null ? "" : e.placeId());
        facets.put("region", e.region() == null ? "" : e.region());
        facets.put("status", e.status().name().toLowerCase(java.util.Locale.ROOT));
        return new Document(
                String.valueOf(e.id()),
                entityType(),
                e.title(),
                body.toString(),
                e.tags(),
                e.placeName(),
                accounts.findProfile(e.organiserId()).map(MemberProfile::displayName).orElse(""),
                e.startsAt(),
                "public",
                "/agenda/evenements/" + e.id(),
                facets);
    }
}
