package org.relais.forum.application;

import java.util.List;

/** A topic with one page of its posts, as one visitor sees it. */
public record TopicDetail(
        TopicSummary topic,
        List<PostView> posts,
        long totalPosts,
        int page,
        int size,
        int pageCount,
        boolean mayReply,
        boolean mayModerate) {}
