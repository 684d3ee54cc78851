package org.relais.platform.upload;

import java.util.Set;

/**
 * What {@link ArchiveInspector} found in an archive it accepted: the entries counted (nested
 * archives' included), the bytes they decompress to, and the names of the outer archive's entries
 * (for telling a real OpenDocument or Office file from a bare ZIP).
 */
public record ArchiveSummary(int entries, long uncompressedBytes, Set<String> names) {
    public ArchiveSummary {
        names = Set.copyOf(names);
    }

    public boolean contains(String name) {
        return names.contains(name);
    }
}
