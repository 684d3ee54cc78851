package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;
import org.relais.qa.domain.PostType;
import org.relais.qa.domain.QaRepository;

/**
 * Demo questions of mediators, answered by the demo members who know the subject, with votes and
 * accepted answers, so that tag pages and the experts map show who knows what, and where. In
 * "démarches en ligne" the scores reach three levels: Camille (Rennes) is référente, Élise (Lille)
 * confirmée, and others start out, so that experts near Paris within 400 km differ in level.
 */
@ApplicationScoped
public class DemoQuestions implements DemoContributor {
    /** When the first demo question was asked; the last is six days old. */
    static final int ASKED_DAYS_AGO = 60;

    @Inject QaService qa;
    @Inject QaVoting voting;
    @Inject TagRegistry tags;
    @Inject QaRepository repository;

    record DemoAnswer(String author, String body, List<String> upvoters, boolean accepted) {}

    record DemoQuestion(
            String asker,
            String title,
            String body,
            List<String> tags,
            List<String> upvoters,
            List<DemoAnswer> answers) {}

    static final List<String[]> TAGS =
            List.of(
                    new String[] {
                        "pass numérique",
                        "Chèques de médiation numérique financés par les collectivités."
                    },
                    new String[] {
                        "démarches en ligne",
                        "Aider à faire ses démarches administratives sur internet."
                    },
                    new String[] {"seniors", "Accompagner les personnes âgées vers le numérique."},
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
                    new String[] {"sécurité numérique", "Arnaques, mots de passe, hameçonnage."});

    static final List<DemoQuestion> QUESTIONS =
            List.of(
                    new DemoQuestion(
                            "anne",
                            "Pass numérique : comment savoir si notre lieu peut encaisser les chèques ?",
                            "Notre association vient d’ouvrir des ateliers. Des personnes arrivent avec des"
                                    + " chèques **Pass numérique** : faut-il être qualifié pour les accepter ?",
                            List.of("pass-numerique"),
                            List.of("camille", "thomas"),
                            List.of(
                                    new DemoAnswer(
                                            "elise",
                                            "Oui : le lieu doit être **qualifié** par l’opérateur du dispositif sur votre"
                                                    + " territoire (souvent la collectivité). Contactez la chargée"
                                                    + " de mission inclusion numérique de votre agglomération ; elle"
                                                    + " vous enverra la convention et la liste des ateliers éligibles.",
                                            List.of(
                                                    "anne", "camille", "thomas", "karim", "sophie",
                                                    "nadia", "julien", "mamadou", "admin"),
                                            true))),
                    new DemoQuestion(
                            "mamadou",
                            "Accompagner une personne âgée qui ne veut pas créer de compte en ligne",
                            "Une dame de 84 ans doit déclarer ses revenus en ligne mais refuse de créer un"
                                    + " compte. Comment faire sans faire *à sa place* ?",
                            List.of("seniors", "demarches-en-ligne"),
                            List.of("sophie"),
                            List.of(
                                    new DemoAnswer(
                                            "camille",
                                            "Je commence toujours par expliquer ce que le compte permet, sur papier."
                                                    + " Ensuite on le crée ensemble, elle tient la souris. Si elle"
                                                    + " refuse toujours, le mandat **Aidants Connect** permet"
                                                    + " d’agir pour elle de façon sécurisée.",
                                            List.of(
                                                    "mamadou", "sophie", "thomas", "nadia", "karim",
                                                    "julien", "elise", "anne", "admin"),
                                            true),
                                    new DemoAnswer(
                                            "thomas",
                                            "Les impôts acceptent encore la déclaration papier dans certains cas :"
                                                    + " vérifiez avec le centre des finances publiques.",
                                            List.of("mamadou"),
                                            false))),
                    new DemoQuestion(
                            "julien",
                            "Créer une adresse mail pour un demandeur d’emploi sans smartphone",
                            "Les fournisseurs demandent un numéro de mobile pour créer une adresse."
                                    + " Que proposez-vous aux personnes qui n’en ont pas ?",
                            List.of("emploi"),
                            List.of("nadia"),
                            List.of(
                                    new DemoAnswer(
                                            "nadia",
                                            "Nous utilisons un fournisseur associatif qui ne demande pas de mobile,"
                                                    + " et nous notons le mot de passe sur un carnet que la personne"
                                                    + " garde. On vérifie ensemble la connexion France Travail.",
                                            List.of("julien", "camille"),
                                            true))),
                    new DemoQuestion(
                            "sophie",
                            "Impression 3D : le premier calque se décolle du plateau",
                            "Sur notre imprimante de médiathèque, les pièces se décollent au bout de"
                                    + " quelques minutes. PLA, plateau non chauffé.",
                            List.of("impression-3d"),
                            List.of("julien"),
                            List.of(
                                    new DemoAnswer(
                                            "karim",
                                            "Nettoyez le plateau à l’alcool isopropylique, recalibrez la hauteur de"
                                                    + " buse (une feuille de papier doit juste frotter) et ajoutez"
                                                    + " une bordure (*brim*) de 5 mm dans le trancheur.",
                                            List.of("sophie", "julien", "mamadou"),
                                            true))),
                    new DemoQuestion(
                            "mamadou",
                            "Quels logiciels libres installer sur les postes d’un EPN ?",
                            "Nous renouvelons 8 postes. Quelle base de logiciels libres pour des ateliers"
                                    + " bureautique et navigation ?",
                            List.of("logiciels-libres"),
                            List.of("karim"),
                            List.of(
                                    new DemoAnswer(
                                            "julien",
                                            "Linux Mint avec LibreOffice, Firefox avec uBlock Origin, GIMP et"
                                                    + " VLC. Gardez une session invitée qui s’efface à la"
                                                    + " déconnexion pour les usagers de passage.",
                                            List.of("mamadou", "karim", "anne"),
                                            true))),
                    new DemoQuestion(
                            "thomas",
                            "FranceConnect : l’usager a oublié avec quel compte il s’est connecté",
                            "Il voit ses démarches CAF vides : il a sans doute utilisé un autre compte"
                                    + " (Ameli, impots.gouv). Comment le retrouver ?",
                            List.of("franceconnect", "demarches-en-ligne"),
                            List.of("camille"),
                            List.of(
                                    new DemoAnswer(
                                            "camille",
                                            "FranceConnect affiche le dernier fournisseur utilisé sur le même"
                                                    + " navigateur. Sinon, on essaie chaque compte : c’est l’identité"
                                                    + " (nom, date et lieu de naissance) qui relie les démarches,"
                                                    + " pas le fournisseur.",
                                            List.of("thomas", "elise"),
                                            true))),
                    new DemoQuestion(
                            "anne",
                            "Un atelier sur les arnaques par SMS : par où commencer ?",
                            "Beaucoup de participants reçoivent de faux SMS de livraison ou de"
                                    + " CPF. Avez-vous un déroulé d’atelier ?",
                            List.of("securite-numerique", "seniors"),
                            List.of("sophie", "camille"),
                            List.of(
                                    new DemoAnswer(
                                            "sophie",
                                            "Nous partons de vrais messages reçus (anonymisés), on cherche ensemble"
                                                    + " les indices, puis on apprend à signaler au 33700. Le site"
                                                    + " cybermalveillance.gouv.fr propose des fiches réflexes.",
                                            List.of("anne", "camille"),
                                            false))),
                    new DemoQuestion(
                            "anne",
                            "Titre de séjour : le site de la préfecture n’a jamais de créneau",
                            "Une famille que j’accompagne essaie depuis trois semaines de prendre"
                                    + " rendez-vous pour un renouvellement de titre de séjour. Le"
                                    + " site affiche toujours « aucun créneau ». Que faire ?",
                            List.of("demarches-en-ligne"),
                            List.of("sophie", "nadia"),
                            List.of(
                                    new DemoAnswer(
                                            "camille",
                                            "Les renouvellements passent désormais par l’**ANEF**"
                                                    + " (administration-etrangers-en-france.interieur.gouv.fr),"
                                                    + " plus par la prise de rendez-vous. Faites la demande en"
                                                    + " ligne au moins deux mois avant l’échéance et"
                                                    + " téléchargez l’attestation de prolongation. S’il n’y"
                                                    + " a pas de solution, le Défenseur des droits peut"
                                                    + " être saisi.",
                                            List.of(
                                                    "anne", "sophie", "thomas", "nadia", "karim",
                                                    "julien", "elise", "mamadou", "admin"),
                                            true))),
                    new DemoQuestion(
                            "karim",
                            "Créer l’espace France Travail d’une personne qui n’a pas son identifiant",
                            "Un jeune arrive à l’atelier CV : il est inscrit mais n’a jamais reçu ou a"
                                    + " perdu son identifiant. On tourne en rond sur la page de"
                                    + " connexion.",
                            List.of("demarches-en-ligne", "emploi"),
                            List.of("julien"),
                            List.of(
                                    new DemoAnswer(
                                            "camille",
                                            "Passez par **FranceConnect** avec son compte Ameli ou"
                                                    + " impots.gouv : plus besoin de l’identifiant France"
                                                    + " Travail. À défaut, « identifiant oublié » le renvoie"
                                                    + " par courrier ; notez-le dans son carnet de mots de"
                                                    + " passe dès qu’il arrive.",
                                            List.of(
                                                    "karim", "julien", "nadia", "sophie", "thomas",
                                                    "elise", "anne", "mamadou"),
                                            true),
                                    new DemoAnswer(
                                            "elise",
                                            "Le conseiller France Travail peut aussi lui donner son"
                                                    + " identifiant par téléphone au 3949, si la personne"
                                                    + " est présente pour répondre aux questions de"
                                                    + " sécurité.",
                                            List.of("karim", "julien", "nadia"),
                                            false))),
                    new DemoQuestion(
                            "sophie",
                            "Carte grise sur le site de l’ANTS : l’usager bloque à l’étape de la photo",
                            "Le site demande un code photo-signature numérique. L’usager a des photos"
                                    + " papier du photomaton : elles ne servent à rien ?",
                            List.of("demarches-en-ligne"),
                            List.of("anne"),
                            List.of(
                                    new DemoAnswer(
                                            "camille",
                                            "Pour une carte grise, pas de photo : c’est pour le permis"
                                                    + " de conduire que l’ANTS demande le code (ePhoto). Il"
                                                    + " figure sur la planche des cabines agréées, pas sur"
                                                    + " les photos d’un photographe non agréé. Vérifiez"
                                                    + " donc d’abord quelle démarche la personne a ouverte.",
                                            List.of(
                                                    "sophie", "anne", "thomas", "karim", "julien",
                                                    "nadia", "elise"),
                                            true),
                                    new DemoAnswer(
                                            "thomas",
                                            "Nous envoyons aussi vers les points numériques ANTS des"
                                                    + " préfectures, où un agent aide à finir la demande.",
                                            List.of("sophie", "anne"),
                                            false))),
                    new DemoQuestion(
                            "julien",
                            "Chèque énergie : un usager ne le reçoit plus, que vérifier en ligne ?",
                            "Il l’avait l’an dernier et rien cette année. Il a déménagé entre-temps.",
                            List.of("demarches-en-ligne"),
                            List.of("mamadou"),
                            List.of(
                                    new DemoAnswer(
                                            "camille",
                                            "Le chèque part à l’adresse de la dernière déclaration de"
                                                    + " revenus. Vérifiez sur impots.gouv que la nouvelle"
                                                    + " adresse est bien connue, puis faites la réclamation"
                                                    + " sur chequeenergie.gouv.fr avec l’avis d’imposition.",
                                            List.of(
                                                    "julien", "mamadou", "anne", "karim", "thomas",
                                                    "nadia"),
                                            true),
                                    new DemoAnswer(
                                            "mamadou",
                                            "Pensez aussi au service client du chèque énergie, il"
                                                    + " peut renvoyer un chèque perdu.",
                                            List.of("julien", "anne", "karim"),
                                            false))),
                    new DemoQuestion(
                            "mamadou",
                            "Aidants Connect : qui peut devenir aidant habilité dans notre structure ?",
                            "Notre MJC veut proposer Aidants Connect. Faut-il que tous les animateurs"
                                    + " soient formés ? Et les bénévoles ?",
                            List.of("demarches-en-ligne"),
                            List.of("anne", "thomas"),
                            List.of(
                                    new DemoAnswer(
                                            "elise",
                                            "Seuls des **salariés ou agents** formés et habilités"
                                                    + " peuvent l’être, pas les bénévoles ni les services"
                                                    + " civiques. La structure désigne un référent, qui"
                                                    + " demande l’habilitation ; chaque aidant suit la"
                                                    + " formation puis reçoit sa carte.",
                                            List.of(
                                                    "mamadou", "anne", "thomas", "camille", "karim",
                                                    "sophie", "julien", "nadia"),
                                            true))),
                    new DemoQuestion(
                            "nadia",
                            "Préparer un entretien en visioconférence avec un candidat débutant",
                            "Quels réglages vérifier avant un entretien d’embauche en visio sur un"
                                    + " ordinateur de l’espace numérique ?",
                            List.of("emploi"),
                            List.of(),
                            List.of()));

    @Override
    public int order() {
        return 310;
    }

    @Override
    public boolean isEmpty() {
        return repository.countQuestions(QaRepository.Sort.NEWEST, null) == 0;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        TAGS.forEach(t -> tags.define(t[0], t[1]));
        for (int i = 0; i < QUESTIONS.size(); i++) {
            DemoQuestion demo = QUESTIONS.get(i);
            Caller asker = caller(context, demo.asker());
            if (asker == null) {
                continue;
            }
            // a question every four or five days over the last two months, the last one still open
            Instant asked = context.ago(ASKED_DAYS_AGO - 9 * i / 2, 9 + i % 5 * 2, 10);
            long id =
                    context.at(
                            asked,
                            () ->
                                    qa.ask(
                                                    asker,
                                                    new AskQuestion(
                                                            demo.title(),
                                                            demo.body(),
                                                            demo.tags(),
                                                            null,
                                                            null))
                                            .id());
            upvote(context, asked, demo.upvoters(), asker, PostType.QUESTION, id);
            for (int j = 0; j < demo.answers().size(); j++) {
                // answers come hours, then days, after the question; acceptance a day later
                Instant answered = asked.plus(Duration.ofHours(6 + 20L * j));
                answer(context, answered, asker, id, demo.answers().get(j));
            }
        }
    }

    private void answer(
            DemoContext context, Instant answered, Caller asker, long id, DemoAnswer answer) {
        Caller author = caller(context, answer.author());
        if (author == null) {
            return;
        }
        long answerId =
                context.at(
                        answered,
                        () ->
                                qa.answer(author, id, answer.body()).answers().stream()
                                        .filter(a -> a.authorId() == author.accountId())
                                        .mapToLong(a -> a.id())
                                        .max()
                                        .orElseThrow());
        upvote(context, answered, answer.upvoters(), author, PostType.ANSWER, answerId);
        if (answer.accepted()) {
            context.at(
                    answered.plus(Duration.ofHours(26)), () -> voting.accept(asker, id, answerId));
        }
    }

    /** The members' upvotes, a few hours apart after the post; never the author's own. */
    private void upvote(
            DemoContext context,
            Instant posted,
            List<String> voters,
            Caller author,
            PostType type,
            long postId) {
        for (int k = 0; k < voters.size(); k++) {
            Caller voter = caller(context, voters.get(k));
            if (voter != null && voter.accountId() != author.accountId()) {
                context.at(
                        posted.plus(Duration.ofHours(3 + 2L * k)),
                        () -> voting.vote(voter, type, postId, 1));
            }
        }
    }

    private static Caller caller(DemoContext context, String key) {
        return context.id("member:" + key)
                .map(id -> new Caller(id, key, Set.of(Caller.MEMBER)))
                .orElse(null);
    }
}
