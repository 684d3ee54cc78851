package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.MemberProfile;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.betatest.domain.Scenario;
import org.relais.platform.outbox.EntityIds;
import org.relais.platform.outbox.Searchable;

/**
 * A call for beta-testers as a search document: what is tested and the scenarios, and once its
 * results may be read by everyone, the holder's response and the chosen quotes, so that results are
 * found by what they say. The end of a call re-indexes it (the closing writes an outbox row).
 */
@ApplicationScoped
public class BetaCallSearchable implements Searchable {
    @Inject BetaTestRepository repository;
    @Inject BetaTestQueries queries;
    @Inject AccountService accounts;
    @Inject EntityIds entityIds;
    @Inject Clock clock;

    @Override
    public String entityType() {
        return BetaTestService.CALL_TYPE;
    }

    @Override
    public List<String> ids(String afterId, int limit) {
        return entityIds.after(BetaCall.class, afterId, limit);
    }

    @Override
    public long count() {
        return entityIds.count(BetaCall.class);
    }

    @Override
    public Optional<Document> document(String entityId) {
        try {
            return repository.findCall(Long.parseLong(entityId)).map(this::document);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Document document(BetaCall call) {
        StringBuilder body =
                new StringBuilder(call.product()).append('\n').append(call.description());
        for (Scenario scenario : call.scenarios()) {
            body.append('\n').append(scenario.title()).append(" : ").append(scenario.expected());
        }
        if (call.resultsVisibleToOthers(clock.instant())) {
            BetaTestQueries.ResultsView results = queries.results(Optional.empty(), call.id());
            if (call.holderResponse() != null) {
                body.append('\n').append(call.holderResponse());
            }
            results.quotes().forEach(quote -> body.append('\n').append(quote));
            results.results()
                    .problems()
                    .values()
                    .forEach(texts -> texts.forEach(t -> body.append('\n').append(t)));
        }
        return new Document(
                String.valueOf(call.id()),
                entityType(),
                call.title(),
                body.toString(),
                call.tags(),
                null, // the call's pages do not show a place: neither do its results
                accounts.findProfile(call.holderId()).map(MemberProfile::displayName).orElse(""),
                call.createdAt(),
                "public",
                "/beta-tests/appels/" + call.id(),
                Map.of("place", call.placeId() == null ? "" : String.valueOf(call.placeId())));
    }
}
