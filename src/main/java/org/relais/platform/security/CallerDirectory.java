package org.relais.platform.security;

import java.util.Optional;

/** How the security layer asks the accounts capability who is calling, without depending on it. */
public interface CallerDirectory {
    /** The caller of a session, if the account is still active and its sessions still valid. */
    Optional<Caller> bySession(SessionLogin login);

    /** The caller owning an API token, if the token is known and not revoked. */
    Optional<Caller> byApiToken(String token);
}
