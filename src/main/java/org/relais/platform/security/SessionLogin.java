package org.relais.platform.security;

import java.io.Serializable;

/**
 * What a session remembers of a login: the account and its security stamp at that time. Changing
 * the stamp (password reset, deletion) ends every session opened before.
 */
public record SessionLogin(long accountId, int securityStamp) implements Serializable {
    public static final String ATTRIBUTE = "relais.login";
}
