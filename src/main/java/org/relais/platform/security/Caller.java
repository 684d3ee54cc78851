package org.relais.platform.security;

import java.io.Serializable;
import java.util.Set;

/** The member behind a request, as the security layer knows them. */
public record Caller(long accountId, String displayName, Set<String> roles)
        implements Serializable {
    public static final String MEMBER = "member";
    public static final String ANIMATOR = "animator";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    /** Writes and sends the monthly letter (administrators may too). */
    public static final String EDITOR = "editor";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
