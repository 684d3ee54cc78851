package org.relais.betatest.domain;

/**
 * What a tester looks for among open calls: a tag, a public, a device, a region (INSEE code). Each
 * null asks nothing. A call that asks no public (or device, or region) suits everyone, so it stays
 * in the list whatever the filter says about it.
 */
public record CallFilter(String tag, Audience audience, Device device, String region) {
    public static final CallFilter NONE = new CallFilter(null, null, null, null);

    public static CallFilter byTag(String tag) {
        return new CallFilter(tag, null, null, null);
    }
}
