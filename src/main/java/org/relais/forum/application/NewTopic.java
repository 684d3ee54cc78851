package org.relais.forum.application;

import java.util.List;

/** What a member writes to open a topic. */
public record NewTopic(Long categoryId, String title, String body, List<String> tags) {}
