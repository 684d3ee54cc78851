package org.relais.accounts.domain;

/** A reason to refuse a new password, with its bundle key and its default French sentence. */
public enum PasswordProblem {
    TOO_SHORT(
            "password.too-short",
            "Le mot de passe doit compter au moins " + PasswordPolicy.MIN_LENGTH + " caractères."),
    TOO_LONG(
            "password.too-long",
            "Le mot de passe ne doit pas dépasser " + PasswordPolicy.MAX_LENGTH + " caractères."),
    COMMON(
            "password.common",
            "Ce mot de passe figure parmi les mots de passe les plus courants\u00a0:"
                    + " choisissez-en un autre."),
    CONTAINS_PERSONAL_DATA(
            "password.contains-personal-data",
            "Le mot de passe ne doit contenir ni votre nom ni le début de votre adresse e-mail."),
    TRIVIAL(
            "password.trivial",
            "Le mot de passe ne doit être ni une suite évidente comme 123456789012,"
                    + " ni la répétition d'un même caractère ou d'un court motif.");

    private final String messageKey;
    private final String frenchMessage;

    PasswordProblem(String messageKey, String frenchMessage) {
        this.messageKey = messageKey;
        this.frenchMessage = frenchMessage;
    }

    public String messageKey() {
        return messageKey;
    }

    public String frenchMessage() {
        return frenchMessage;
    }
}
