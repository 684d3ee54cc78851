package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.relais.platform.i18n.Messages;

class AttributionTest {
    static final Texts FRENCH = (key, args) -> new Messages().get(Locale.FRENCH, key, args);
    private final LicenceCatalogue catalogue = LicenceCatalogue.standard();

    @Test
    void tasl_title_author_source_licence() {
        Attribution attribution =
                new Attribution(
                        "Premiers pas avec un smartphone",
                        "Claire Martin",
                        "https://relais.example/bibliotheque/kits/12",
                        catalogue.get(Licence.CC_BY_SA),
                        null,
                        null);

        assertEquals(
                "« Premiers pas avec un smartphone » par Claire Martin, https://relais.example/bibliotheque/kits/12,"
                        + " sous licence CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr).",
                attribution.text(FRENCH));
    }

    @Test
    void an_adaptation_says_what_changed_and_etalab_gives_the_date() {
        Attribution attribution =
                new Attribution(
                                "Démarches en ligne : la CAF",
                                "Médiathèque de Rezé",
                                null,
                                catalogue.get(Licence.ETALAB),
                                LocalDate.of(2026, 3, 12),
                                null)
                        .adaptedWith("traduction en anglais, ajout d'une fiche FALC");

        assertEquals(
                "« Démarches en ligne : la CAF » par Médiathèque de Rezé, version du 12/03/2026, sous licence"
                        + " Licence Ouverte 2.0 (https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf)."
                        + " Modifications : traduction en anglais, ajout d'une fiche FALC.",
                attribution.text(FRENCH));
    }

    @Test
    void public_domain_all_rights_reserved_and_the_block_of_sources() {
        Attribution cc0 =
                new Attribution(
                        "Jeu de cartes des réseaux",
                        "Tiers-lieu La Fabrique",
                        "https://a.example",
                        catalogue.get(Licence.CC0),
                        null,
                        null);
        Attribution reserved =
                new Attribution(
                        "Escape game numérique",
                        "Paul Durand",
                        null,
                        catalogue.get(Licence.ALL_RIGHTS_RESERVED),
                        null,
                        null);

        assertEquals(
                "– « Jeu de cartes des réseaux » par Tiers-lieu La Fabrique, https://a.example, versé au domaine public"
                        + " (CC0 1.0, https://creativecommons.org/publicdomain/zero/1.0/legalcode.fr).\n"
                        + "– « Escape game numérique » par Paul Durand, tous droits réservés, utilisé avec"
                        + " l’autorisation de l’auteur.",
                Attribution.block(List.of(cc0, reserved), FRENCH));
    }
}
