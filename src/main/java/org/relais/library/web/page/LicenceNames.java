package org.relais.library.web.page;

import java.util.Map;
import java.util.stream.Collectors;
import org.relais.library.domain.Licence;
import org.relais.library.domain.LicenceCatalogue;

/** SPDX id → short name ("CC BY 4.0"), for the badges of kit lists. */
final class LicenceNames {
    private static final Map<String, String> ALL =
            LicenceCatalogue.standard().all().stream()
                    .collect(Collectors.toUnmodifiableMap(Licence::id, Licence::shortName));

    private LicenceNames() {}

    static Map<String, String> all() {
        return ALL;
    }
}
