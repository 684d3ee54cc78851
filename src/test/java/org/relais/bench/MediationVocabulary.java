package org.relais.bench;

import java.util.List;

/**
 * The words of digital mediation as mediators write them on the forum and in Q&A, grouped by the
 * slot they fill in {@link CorpusGenerator}'s sentence templates. Written for the benchmark: the
 * corpus must look like the real one (accents, elisions, plurals, the services people struggle
 * with) so that the analyzer, the stemmer and the ranking work on realistic text.
 */
final class MediationVocabulary {
    private MediationVocabulary() {}

    static final List<String> CATEGORIES =
            List.of(
                    "Accompagnement aux démarches",
                    "Ateliers et animations",
                    "Fablab et fabrication",
                    "Outils et logiciels libres",
                    "Vie du réseau");

    /** Tag labels; the registry turns them into slugs (accents and spaces folded). */
    static final List<String> TAGS =
            List.of(
                    "démarches en ligne",
                    "Pass numérique",
                    "seniors",
                    "impression 3D",
                    "logiciels libres",
                    "FranceConnect",
                    "ameli",
                    "CAF",
                    "France Travail",
                    "messagerie",
                    "smartphone",
                    "tablettes",
                    "fracture numérique",
                    "EPN",
                    "médiathèque",
                    "fablab",
                    "ateliers",
                    "sécurité",
                    "accessibilité",
                    "parentalité");

    static final List<String> PUBLICS =
            List.of(
                    "les seniors",
                    "des personnes âgées isolées",
                    "les jeunes en insertion",
                    "des demandeurs d'emploi",
                    "les allocataires de la CAF",
                    "des familles allophones",
                    "les bénéficiaires du RSA",
                    "des retraités du quartier",
                    "les parents d'élèves",
                    "des personnes en situation de handicap",
                    "les résidents de l'EHPAD",
                    "des habitants éloignés du numérique");

    static final List<String> PROCEDURES =
            List.of(
                    "déclarer ses revenus en ligne",
                    "créer un compte ameli",
                    "se connecter avec FranceConnect",
                    "actualiser sa situation sur France Travail",
                    "faire une demande de prime d'activité sur le site de la CAF",
                    "prendre rendez-vous sur Doctolib",
                    "télécharger une attestation de droits",
                    "refaire une carte grise sur le site de l'ANTS",
                    "ouvrir une boîte de messagerie",
                    "s'inscrire à Pôle emploi",
                    "remplir le dossier de retraite en ligne",
                    "consulter les notes sur l'ENT du collège",
                    "payer la cantine sur le portail de la mairie",
                    "demander une aide au logement");

    static final List<String> TOOLS =
            List.of(
                    "un smartphone Android",
                    "une tablette",
                    "l'imprimante 3D",
                    "la découpeuse laser",
                    "LibreOffice",
                    "Firefox",
                    "Linux Mint",
                    "des ordinateurs reconditionnés",
                    "la messagerie",
                    "WhatsApp",
                    "un scanner",
                    "une clé USB",
                    "les tablettes tactiles",
                    "un iPhone",
                    "la visioconférence");

    static final List<String> PLACES =
            List.of(
                    "la médiathèque",
                    "l'EPN",
                    "le fablab",
                    "le centre social",
                    "la maison France services",
                    "le tiers-lieu",
                    "la mairie annexe",
                    "l'espace de vie sociale",
                    "la ludothèque",
                    "le bus numérique");

    static final List<String> PROBLEMS =
            List.of(
                    "le mot de passe oublié",
                    "le code de vérification qui n'arrive jamais par SMS",
                    "l'identifiant FranceConnect perdu",
                    "le compte bloqué après trois essais",
                    "l'écran trop petit pour lire",
                    "la pièce jointe impossible à envoyer",
                    "l'impression qui ne sort pas",
                    "la mise à jour qui échoue",
                    "les arnaques par SMS",
                    "les publicités envahissantes",
                    "la double authentification",
                    "le scan des justificatifs");

    static final List<String> THEMES =
            List.of(
                    "smartphone",
                    "démarches en ligne",
                    "impression 3D",
                    "logiciels libres",
                    "cybersécurité",
                    "retouche photo",
                    "tablettes",
                    "messagerie",
                    "réseaux sociaux",
                    "code et robotique");

    static final List<String> ADVICE =
            List.of(
                    "noter les identifiants dans un carnet rangé à la maison",
                    "faire venir la personne avec ses papiers et son téléphone",
                    "proposer un rendez-vous individuel plutôt qu'un atelier collectif",
                    "utiliser les chèques Pass numérique pour financer les séances",
                    "orienter vers la maison France services pour les cas complexes",
                    "installer un gestionnaire de mots de passe libre",
                    "imprimer une fiche pas à pas avec des captures d'écran",
                    "laisser la personne manipuler elle-même la souris",
                    "travailler en binôme avec un bénévole",
                    "garder une tablette de prêt à l'accueil");

    static final List<String> DURATIONS =
            List.of(
                    "la rentrée",
                    "trois mois",
                    "le printemps",
                    "deux ans",
                    "l'ouverture du lieu",
                    "janvier");

    static final List<String> DAYS =
            List.of("lundis", "mardis", "mercredis", "jeudis", "vendredis");

    static final List<String> TOPIC_TITLES =
            List.of(
                    "Comment aider {public} à {procedure} ?",
                    "Problème avec {problem} : des idées ?",
                    "Atelier {theme} à {place} : retour d'expérience",
                    "Quelle organisation pour accueillir {public} à {place} ?",
                    "{tool} en atelier : vos conseils",
                    "Fracture numérique : comment toucher {public} ?",
                    "Pass numérique : qui l'utilise pour les ateliers {theme} ?",
                    "Partage : notre fiche pour {procedure}");

    static final List<String> QUESTION_TITLES =
            List.of(
                    "Comment {procedure} sans adresse mail ?",
                    "Que faire contre {problem} ?",
                    "Faut-il {advice} ?",
                    "Comment débuter un atelier {theme} avec {public} ?",
                    "Quel réglage pour {tool} quand on accueille {public} ?",
                    "Comment expliquer FranceConnect à {public} ?");

    static final List<String> SENTENCES =
            List.of(
                    "Nous accueillons {public} à {place} tous les {day} matin pour {procedure}.",
                    "Beaucoup arrivent avec {tool} et ne savent pas comment {procedure}.",
                    "Le plus difficile reste {problem}.",
                    "On a testé {tool} pendant un atelier {theme}, ça marche plutôt bien.",
                    "Est-ce que quelqu'un a une fiche pratique pour {procedure} ?",
                    "Je conseille de {advice}.",
                    "La fracture numérique touche surtout {public} sur notre territoire.",
                    "Nos ateliers {theme} affichent complet depuis {duration}.",
                    "Pensez à vérifier {problem} avant de {procedure}.",
                    "Merci pour vos retours, je vais essayer de {advice}.",
                    "À {place}, on prête {tool} aux personnes qui n'en ont pas.",
                    "Avec le Pass numérique, {public} peuvent suivre cinq séances gratuites.",
                    "Depuis {duration}, les demandes pour {procedure} ont doublé.",
                    "Les conseillers de la CAF et d'ameli nous envoient souvent {public}.",
                    "Le fablab de {place} imprime les pièces en 3D pour les ateliers {theme}.",
                    "On utilise uniquement des logiciels libres : Firefox, LibreOffice et Linux.");

    static final List<String> REPLY_OPENINGS =
            List.of(
                    "Bonjour,",
                    "Merci pour ce sujet.",
                    "Chez nous c'est pareil.",
                    "Bonne question !",
                    "Nous avons eu le même cas.",
                    "Je rejoins ce qui a été dit.");
}
