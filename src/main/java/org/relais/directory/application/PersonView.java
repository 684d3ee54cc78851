package org.relais.directory.application;

import java.util.List;

/** Someone who works at a place, with what they are good at. */
public record PersonView(
        long accountId, String displayName, List<String> skills, String role, boolean confirmed) {}
