package org.relais.betatest.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A call as the holder submits it, from the page or the API, before validation. */
public record CallCommand(
        String title,
        String product,
        String organisation,
        Long placeId,
        String description,
        List<ScenarioCommand> scenarios,
        Set<String> audiences,
        Set<String> devices,
        Set<String> regions,
        Set<String> skills,
        Set<String> tags,
        Integer slots,
        Instant applicationDeadline,
        Instant testStart,
        Instant testEnd,
        Long rewardMinutes,
        String confidentiality) {

    /** One scenario: what to try and what should happen. */
    public record ScenarioCommand(String title, String expected) {}
}
