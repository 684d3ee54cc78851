package org.relais.library.application;

/**
 * The deposit terms a depositor accepts with each version. The text is in the message bundles
 * ({@code library.terms.*}); its version is stored with every declaration, so a later change of the
 * terms never rewrites what an earlier depositor agreed to. Change the version with the text.
 */
public final class DepositTerms {
    public static final String VERSION = "2026-11";

    private DepositTerms() {}
}
