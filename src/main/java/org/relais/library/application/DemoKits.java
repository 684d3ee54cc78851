package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.relais.library.domain.ExtraGrants;
import org.relais.library.domain.FieldOfUse;
import org.relais.library.domain.GrantAnswer;
import org.relais.library.domain.KitFilter;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.Origin;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;

/**
 * Twelve workshop kits of the network with their real files ({@link DemoKitFiles}), deposited
 * through {@link KitService} like any member's, under every kind of licence and origin: CC BY-SA
 * kits of an EPN, an Etalab kit of a public body, a third party's sheet that keeps its licence, an
 * all-rights-reserved kit open to non-profit workshops by extra grants, an AI-assisted quiz.
 */
@ApplicationScoped
public class DemoKits implements DemoContributor {
    @Inject KitService kits;
    @Inject KitFeedback feedback;
    @Inject KitRepository repository;
    @Inject TagRegistry tags;

    record DemoKit(
            String folder,
            String author,
            String title,
            String summary,
            String description,
            String audience,
            int minutes,
            String level,
            List<String> tags,
            List<String> places,
            Origin origin,
            String licence,
            Map<FieldOfUse, GrantAnswer> grants,
            boolean publicBody,
            Map<String, Integer> ratings) {}

    static final List<String[]> TAGS =
            List.of(
                    new String[] {"seniors", "Accompagner les personnes âgées vers le numérique."},
                    new String[] {
                        "démarches en ligne",
                        "Aider à faire ses démarches administratives sur internet."
                    },
                    new String[] {
                        "emploi", "Candidatures, CV, courriel et visioconférence pour l’insertion."
                    },
                    new String[] {
                        "impression 3D", "Imprimantes, filaments, modélisation en FabLab."
                    },
                    new String[] {
                        "logiciels libres",
                        "Linux, LibreOffice, Firefox et les autres dans les EPN."
                    },
                    new String[] {
                        "FranceConnect",
                        "Se connecter aux services publics avec un compte existant."
                    },
                    new String[] {"sécurité numérique", "Arnaques, mots de passe, hameçonnage."},
                    new String[] {
                        "smartphone", "Prendre en main son téléphone et ses applications."
                    },
                    new String[] {
                        "fablab", "Machines, sécurité et projets dans les ateliers de fabrication."
                    });

    static final List<DemoKit> KITS =
            List.of(
                    new DemoKit(
                            "premiers-pas-android",
                            "camille",
                            "Premiers pas sur un smartphone Android",
                            "Deux heures pour apprivoiser les gestes de base, régler l’affichage et passer un appel, à son rythme.",
                            "## Déroulé\n\n1. Tour de table : ce que chacun veut savoir faire\n2. Les gestes : toucher, glisser, pincer\n3. Agrandir le texte et régler la luminosité\n4. Appeler, raccrocher, écouter sa messagerie\n\n**Matériel** : un téléphone par personne, les chargeurs, la fiche des gestes imprimée en A4.",
                            "Seniors débutants",
                            120,
                            "BEGINNER",
                            List.of("smartphone", "seniors"),
                            List.of("demo-lieu-01"),
                            Origin.own(),
                            "CC-BY-SA-4.0",
                            Map.of(),
                            false,
                            Map.of("karim", 4, "nadia", 4, "anne", 3)),
                    new DemoKit(
                            "creer-sa-boite-mail",
                            "karim",
                            "Créer sa première adresse e-mail",
                            "Choisir un fournisseur, créer son adresse, retenir son mot de passe et envoyer un premier message avec pièce jointe.",
                            "Atelier conçu pour les personnes qui en ont besoin pour une démarche ou une candidature.\n\n- Choisir une adresse **sobre** (prénom.nom)\n- Noter son mot de passe sur le mémo, rangé chez soi\n- Envoyer un message à l’animateur avec une photo en pièce jointe",
                            "Adultes sans adresse e-mail",
                            90,
                            "BEGINNER",
                            List.of("demarches-en-ligne", "emploi"),
                            List.of("demo-lieu-03"),
                            Origin.coAuthors(
                                    "Karim Benali et l’équipe de la Maison de quartier des Tilleuls",
                                    true),
                            "CC-BY-4.0",
                            Map.of(),
                            false,
                            Map.of("camille", 4, "julien", 3)),
                    new DemoKit(
                            "demarches-caf-en-ligne",
                            "sophie",
                            "Faire ses démarches CAF en ligne",
                            "Se connecter à son espace, déclarer ses ressources trimestrielles et télécharger une attestation, pièces prêtes.",
                            "Kit de la médiathèque municipale, publié sous Licence Ouverte comme les autres informations publiques de la ville.\n\nPrévoir : numéro d’allocataire, avis d’imposition, derniers bulletins de salaire.",
                            "Allocataires accompagnés",
                            120,
                            "INTERMEDIATE",
                            List.of("demarches-en-ligne"),
                            List.of("demo-lieu-05"),
                            Origin.own(),
                            "etalab-2.0",
                            Map.of(),
                            true,
                            Map.of("mamadou", 4)),
                    new DemoKit(
                            "initiation-impression-3d",
                            "thomas",
                            "Initiation à l’impression 3D en FabLab",
                            "De la pièce téléchargée à l’objet imprimé : trancher un modèle, régler la PLA et surveiller la première couche.",
                            "Trois heures en petit groupe (6 personnes au plus, une imprimante pour deux).\n\n| Étape | Durée |\n|---|---|\n| Sécurité et machine | 30 min |\n| Trancheur | 60 min |\n| Impression et retouches | 90 min |",
                            "Curieux, adolescents et adultes",
                            180,
                            "BEGINNER",
                            List.of("impression-3d", "fablab"),
                            List.of("demo-lieu-06"),
                            Origin.own(),
                            "CC-BY-NC-SA-4.0",
                            Map.of(FieldOfUse.PAID_TRAINING, GrantAnswer.ON_REQUEST),
                            false,
                            Map.of("julien", 4, "elise", 3)),
                    new DemoKit(
                            "arnaques-sms",
                            "nadia",
                            "Déjouer les arnaques par SMS",
                            "Un quiz « vrai ou faux » sur de vrais exemples de messages piégés, et les bons réflexes pour signaler au 33700.",
                            "Les participants votent à main levée pour chaque message, puis on décortique les indices : expéditeur, lien raccourci, urgence, faute d’orthographe.",
                            "Tout public",
                            90,
                            "BEGINNER",
                            List.of("securite-numerique", "smartphone"),
                            List.of("demo-lieu-08"),
                            Origin.aiAssisted(
                                    "Mistral Le Chat",
                                    "Une partie des exemples de faux SMS du quiz, relus et corrigés par l’équipe."),
                            "CC-BY-4.0",
                            Map.of(),
                            false,
                            Map.of("camille", 4, "thomas", 4, "anne", 4)),
                    new DemoKit(
                            "visio-proches",
                            "julien",
                            "Garder le lien en visio avec ses proches",
                            "Installer une application de visioconférence, rejoindre un appel par un lien et régler micro et caméra.",
                            "Atelier né pendant le confinement, toujours demandé par les familles éloignées.",
                            "Seniors et aidants",
                            90,
                            "BEGINNER",
                            List.of("seniors", "smartphone"),
                            List.of("demo-lieu-10"),
                            Origin.own(),
                            "CC0-1.0",
                            Map.of(),
                            false,
                            Map.of("sophie", 3)),
                    new DemoKit(
                            "franceconnect",
                            "elise",
                            "Se connecter avec FranceConnect",
                            "Comprendre FranceConnect, choisir son compte (impots.gouv, ameli, La Poste) et l’utiliser sur trois services publics.",
                            "Le pas-à-pas imprimé suit exactement les écrans : merci de ne pas le modifier, sauf pour l’adapter à un handicap.",
                            "Usagers des services publics",
                            60,
                            "INTERMEDIATE",
                            List.of("franceconnect", "demarches-en-ligne"),
                            List.of("demo-lieu-11"),
                            Origin.own(),
                            "CC-BY-ND-4.0",
                            Map.of(FieldOfUse.DISABILITY_ADAPTATION, GrantAnswer.GRANTED),
                            false,
                            Map.of("mamadou", 4, "karim", 3)),
                    new DemoKit(
                            "compte-ameli",
                            "mamadou",
                            "Ouvrir son compte ameli",
                            "Créer son compte avec sa carte Vitale et un RIB, puis retrouver ses remboursements et son attestation de droits.",
                            "Kit de notre association, prêté volontiers aux lieux de médiation pour leurs ateliers gratuits.",
                            "Assurés sociaux",
                            90,
                            "BEGINNER",
                            List.of("demarches-en-ligne"),
                            List.of(),
                            Origin.own(),
                            "LicenseRef-tous-droits-reserves",
                            Map.of(
                                    FieldOfUse.NON_PROFIT_WORKSHOP, GrantAnswer.GRANTED,
                                    FieldOfUse.SCHOOL, GrantAnswer.GRANTED,
                                    FieldOfUse.PRINTED_HANDOUTS, GrantAnswer.GRANTED,
                                    FieldOfUse.PUBLIC_SCREENING, GrantAnswer.ON_REQUEST,
                                    FieldOfUse.PAID_TRAINING, GrantAnswer.REFUSED),
                            false,
                            Map.of("elise", 3)),
                    new DemoKit(
                            "cv-traitement-de-texte",
                            "anne",
                            "Rédiger son CV avec LibreOffice Writer",
                            "Partir d’un modèle, structurer ses expériences avec les styles et exporter un PDF propre à joindre à une candidature.",
                            "Deux séances : la première sur le modèle et les styles, la seconde sur la relecture et l’export.",
                            "Demandeurs d’emploi",
                            120,
                            "INTERMEDIATE",
                            List.of("emploi", "logiciels-libres"),
                            List.of(),
                            Origin.own(),
                            "CC-BY-NC-4.0",
                            Map.of(FieldOfUse.PAID_TRAINING, GrantAnswer.ON_REQUEST),
                            false,
                            Map.of("nadia", 4)),
                    new DemoKit(
                            "photos-smartphone",
                            "camille",
                            "Trier et sauvegarder ses photos de smartphone",
                            "Faire de la place, créer des albums et sauvegarder ses souvenirs sur un ordinateur ou un disque.",
                            "Suite de l’atelier « Premiers pas » : les participants viennent avec leur téléphone et son câble.",
                            "Seniors",
                            90,
                            "INTERMEDIATE",
                            List.of("smartphone", "seniors"),
                            List.of("demo-lieu-01", "demo-lieu-02"),
                            Origin.own(),
                            "CC-BY-SA-4.0",
                            Map.of(),
                            false,
                            Map.of()),
                    new DemoKit(
                            "mots-de-passe",
                            "karim",
                            "Des mots de passe solides et faciles à retenir",
                            "La méthode des phrases de passe, un gestionnaire de mots de passe et la double authentification, d’après la fiche de Cybermalveillance.gouv.fr.",
                            "La fiche mémo reprend celle du dispositif national, publiée sous Licence Ouverte : ce kit garde donc cette licence.",
                            "Tout public",
                            60,
                            "BEGINNER",
                            List.of("securite-numerique"),
                            List.of("demo-lieu-03"),
                            Origin.thirdParty(
                                    "Cybermalveillance.gouv.fr (GIP ACYMA)",
                                    "Licence Ouverte / Etalab 2.0"),
                            "etalab-2.0",
                            Map.of(),
                            false,
                            Map.of("sophie", 4, "julien", 4)),
                    new DemoKit(
                            "decoupe-laser",
                            "thomas",
                            "Découpe laser : sécurité et premier porte-clés",
                            "Les règles de sécurité de la découpeuse, les matériaux autorisés et un premier projet gravé en une heure.",
                            "À faire avant tout accès libre à la machine. Le schéma du plateau est à afficher près de la découpeuse.",
                            "Adhérents du FabLab",
                            60,
                            "BEGINNER",
                            List.of("fablab"),
                            List.of("demo-lieu-07"),
                            Origin.own(),
                            "CC-BY-NC-ND-4.0",
                            Map.of(
                                    FieldOfUse.DISABILITY_ADAPTATION, GrantAnswer.GRANTED,
                                    FieldOfUse.PAID_TRAINING, GrantAnswer.ON_REQUEST),
                            false,
                            Map.of()));

    /**
     * When the first demo kit was deposited, once the directory was filled; the last is 13 days
     * old.
     */
    static final int DEPOSITED_DAYS_AGO = 90;

    @Override
    public int order() {
        return 400;
    }

    @Override
    public boolean isEmpty() {
        return repository.countKits(KitFilter.none()) == 0;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        TAGS.forEach(t -> tags.define(t[0], t[1]));
        for (int i = 0; i < KITS.size(); i++) {
            DemoKit demo = KITS.get(i);
            Caller author = caller(context, demo.author());
            if (author == null) {
                continue;
            }
            // a kit a week over three months, rated in the days that follow
            Instant deposited = context.ago(DEPOSITED_DAYS_AGO - 7 * i, 10 + i % 6, 20);
            long id =
                    context.at(
                            deposited,
                            () -> {
                                try (DemoKitFiles.Batch files = DemoKitFiles.open(demo.folder())) {
                                    return kits.deposit(
                                                    author, command(demo, context), files.uploads())
                                            .id();
                                }
                            });
            Instant rated = deposited.plus(Duration.ofDays(2).plusHours(3));
            for (Map.Entry<String, Integer> rating : new TreeMap<>(demo.ratings()).entrySet()) {
                Caller rater = caller(context, rating.getKey());
                if (rater != null) {
                    context.at(rated, () -> feedback.rate(rater, id, rating.getValue()));
                }
                rated = rated.plus(Duration.ofDays(3));
            }
        }
    }

    private static DepositKit command(DemoKit demo, DemoContext context) {
        return new DepositKit(
                demo.title(),
                demo.summary(),
                demo.description(),
                demo.audience(),
                demo.minutes(),
                demo.level(),
                demo.tags(),
                demo.places().stream().filter(p -> context.id("place:" + p).isPresent()).toList(),
                List.of(),
                demo.origin(),
                demo.licence(),
                ExtraGrants.of(demo.grants()),
                demo.publicBody(),
                true,
                "");
    }

    private static Caller caller(DemoContext context, String key) {
        return context.id("member:" + key)
                .map(id -> new Caller(id, key, Set.of(Caller.MEMBER)))
                .orElse(null);
    }
}
