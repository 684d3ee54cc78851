package org.relais.betatest.domain;

import java.util.Set;

/** What an applicant says of themselves when applying: publics, devices, region, skills. */
public record TesterProfile(
        Set<Audience> audiences, Set<Device> devices, String region, Set<String> skills) {
    public TesterProfile {
        audiences = Set.copyOf(audiences);
        devices = Set.copyOf(devices);
        skills = Set.copyOf(skills);
    }
}
