package org.relais.forum.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.relais.forum.domain.LineDiff;

/** One edit of a post: who, when, and what changed line by line. */
public record RevisionView(
        long id,
        Long editorId,
        String editorName,
        OffsetDateTime editedAt,
        String before,
        String after,
        List<LineDiff.Line> diff) {}
