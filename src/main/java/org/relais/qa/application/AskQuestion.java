package org.relais.qa.application;

import java.util.List;

/**
 * A question as the asker typed it.
 *
 * @param bountyMinutes hours offered to the accepted answer, in minutes, or null
 */
public record AskQuestion(
        String title, String body, List<String> tags, String placeId, Long bountyMinutes) {}
