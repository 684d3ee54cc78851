package org.relais.qa.application;

import java.util.List;

/** A question as the asker typed it. */
public record AskQuestion(String title, String body, List<String> tags, String placeId) {}
