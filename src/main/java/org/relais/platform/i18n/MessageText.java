package org.relais.platform.i18n;

/**
 * A message given as the argument of another, so that both are read in the same language: {@link
 * Messages} renders it before the outer message. For example a field error « n’a pas le format
 * attendu. {1} » whose {@code {1}} is the hint {@code place.hint.code_postal}.
 */
public record MessageText(String key, Object... arguments) {}
