package org.relais.library.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relais.library.application.KitService;
import org.relais.library.application.KitView;
import org.relais.library.application.VersionView;
import org.relais.library.domain.Attribution;
import org.relais.library.domain.Licence;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.Texts;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.SiteAddress;
import org.relais.platform.web.view.View;

/**
 * The kit page's model, shared by the forms that live on it (rating, report), so that a refused
 * form comes back on the same page: the kit, its licence with what it permits and asks, the
 * attribution text to copy, and the history of versions.
 */
@RequestScoped
class KitScreen {
    @Inject KitService kits;
    @Inject CurrentCaller caller;
    @Inject Messages messages;
    @Inject RequestLocale locale;

    @Inject SiteAddress site;

    View of(long id) {
        KitView kit = kits.get(id, caller.get());
        List<VersionView> versions = kits.versions(id, caller.get());
        return withLicence(View.of("library/kit"), kit, kit.version())
                .with("kit", kit)
                .with("versions", versions)
                .with("me", caller.get().orElse(null))
                .with("rateForm", Map.of("stars", String.valueOf(kit.myRating())))
                .with("reportForm", Map.of("reason", "", "comment", ""));
    }

    /** A past version, with the licence and attribution it was deposited under. */
    View version(long id, int number) {
        KitView kit = kits.get(id, caller.get());
        VersionView version = kits.version(id, number, caller.get());
        return withLicence(View.of("library/version"), kit, version)
                .with("kit", kit)
                .with("version", version);
    }

    private View withLicence(View view, KitView kit, VersionView version) {
        Licence licence =
                version == null
                        ? null
                        : LicenceCatalogue.standard().byId(version.licenceId()).orElse(null);
        String url = absolute(kit.url());
        String attribution = null;
        if (licence != null) {
            Locale lang = locale.get();
            Texts texts = (key, args) -> messages.get(lang, key, args);
            attribution =
                    new Attribution(
                                    kit.title(),
                                    kit.authorName(),
                                    url,
                                    licence,
                                    version.createdAt().toLocalDate(),
                                    null)
                            .text(texts);
            attribution = Attribution.withSources(attribution, version.sourcesAttribution(), texts);
        }
        return view.with("licence", licence)
                .with("attribution", attribution)
                .with("kitUrl", url)
                .with("useUrl", absolute(kit.url() + "/utiliser"));
    }

    private String absolute(String path) {
        return site.of(path);
    }
}
