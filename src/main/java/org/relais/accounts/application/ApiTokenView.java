package org.relais.accounts.application;

import java.time.OffsetDateTime;
import org.relais.accounts.domain.ApiToken;

/** An API token as listed to its owner; the secret itself is shown only once, at creation. */
public record ApiTokenView(
        long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, boolean active) {
    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(
                token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.isActive());
    }
}
