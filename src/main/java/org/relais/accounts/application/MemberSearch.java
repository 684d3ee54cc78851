package org.relais.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.domain.Account;
import org.relais.platform.outbox.EntityIds;
import org.relais.platform.outbox.Searchable;
import org.relais.platform.text.PlainText;

/** Members in the search: their name, city, skills and bio, as on their public page. */
@ApplicationScoped
public class MemberSearch implements Searchable {
    @Inject AccountService accounts;
    @Inject EntityIds entityIds;

    @Override
    public String entityType() {
        return AccountService.SEARCH_TYPE;
    }

    @Override
    public List<String> ids(String afterId, int limit) {
        return entityIds.after(Account.class, afterId, limit);
    }

    @Override
    public long count() {
        return entityIds.count(Account.class);
    }

    @Override
    public Optional<Document> document(String entityId) {
        return accounts.findProfile(Long.parseLong(entityId))
                .map(
                        member ->
                                new Document(
                                        entityId,
                                        "member",
                                        member.displayName(),
                                        String.join(
                                                "\n",
                                                member.city() == null ? "" : member.city(),
                                                PlainText.ofHtml(member.bioHtml())),
                                        new LinkedHashSet<>(member.skills()),
                                        member.city(),
                                        null,
                                        member.memberSince(),
                                        "public",
                                        "/membres/" + member.id(),
                                        Map.of()));
    }
}
