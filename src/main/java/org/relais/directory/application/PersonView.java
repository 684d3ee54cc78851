package org.relais.directory.application;

import java.util.List;
import java.util.Map;

/**
 * Someone who works at a place, with what they are good at: skills by slug, and each slug with the
 * words the member typed for it.
 */
public record PersonView(
        long accountId,
        String displayName,
        List<String> skills,
        Map<String, String> skillLabels,
        String role,
        boolean confirmed) {}
