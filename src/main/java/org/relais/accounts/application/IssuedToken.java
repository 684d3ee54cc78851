package org.relais.accounts.application;

/** A newly created API token: the secret, shown once, and its listing. */
public record IssuedToken(String secret, ApiTokenView token) {}
