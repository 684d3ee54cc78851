package org.relais.betatest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tester profile a call wants: publics, devices, regions (INSEE codes) and skills (tag slugs).
 * An empty set asks nothing. The holder selects by hand; the match only tells them how each
 * applicant fits, criterion by criterion, so that nobody is filtered out by a machine.
 */
public record Criteria(
        Set<Audience> audiences, Set<Device> devices, Set<String> regions, Set<String> skills) {
    public static final Criteria NONE = new Criteria(Set.of(), Set.of(), Set.of(), Set.of());

    public Criteria {
        audiences = Set.copyOf(audiences);
        devices = Set.copyOf(devices);
        regions = Set.copyOf(regions);
        skills = Set.copyOf(skills);
    }

    /** How a tester's profile meets each criterion the call asks. */
    public CriteriaMatch match(TesterProfile profile) {
        List<CriteriaMatch.Criterion> results = new ArrayList<>();
        if (!audiences.isEmpty()) {
            results.add(
                    new CriteriaMatch.Criterion(
                            "audiences", intersects(audiences, profile.audiences())));
        }
        if (!devices.isEmpty()) {
            results.add(
                    new CriteriaMatch.Criterion("devices", intersects(devices, profile.devices())));
        }
        if (!regions.isEmpty()) {
            results.add(
                    new CriteriaMatch.Criterion(
                            "regions",
                            profile.region() != null && regions.contains(profile.region())));
        }
        if (!skills.isEmpty()) {
            results.add(
                    new CriteriaMatch.Criterion("skills", intersects(skills, profile.skills())));
        }
        return new CriteriaMatch(results);
    }

    private static <T> boolean intersects(Set<T> wanted, Set<T> offered) {
        return offered.stream().anyMatch(wanted::contains);
    }
}
