package org.relais.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.security.Caller;

/**
 * Demo members: mediators, animators and a coordinator of the network, with the skills and towns a
 * newcomer would meet. They all share one password, given in the README, to try the roles.
 */
@ApplicationScoped
public class DemoMembers implements DemoContributor {
    /** The password of every demo account (documented in the README). */
    public static final String PASSWORD = "relais-demo-2026";

    /**
     * {@link #PASSWORD} hashed once for all (PBKDF2 with HMAC-SHA256, 310,000 iterations, in the
     * {@code Pbkdf2PasswordHash} encoding "algorithm:iterations:salt:hash", which carries its own
     * parameters): the password is public, and hashing it at each first start cost one to two
     * seconds of CPU under the run command's C1-only JIT.
     */
    static final String PASSWORD_HASH =
            "PBKDF2WithHmacSHA256:310000:ajxBXeAyP3SWT0s0oxCWMV1DBR1VgLfYgAwQHBB/0Mo="
                    + ":JL5Gm/II3KftWt2mPai85mm4fr4K9CB+BwjmfX1W+qE=";

    /** When the first demo member joined; the last joined about three and a half months ago. */
    static final int JOINED_DAYS_AGO = 240;

    @Inject AccountService accounts;

    record DemoMember(
            String key,
            String name,
            String email,
            String city,
            String bio,
            List<String> skills,
            String... roles) {}

    static final List<DemoMember> MEMBERS =
            List.of(
                    new DemoMember(
                            "admin",
                            "Équipe d’animation Relais",
                            "admin@demo.relais.fr",
                            "Paris",
                            "Nous accompagnons les lieux et les personnes qui rejoignent le réseau :"
                                    + " questions sur la charte, mise à jour des fiches, modération.\n\n"
                                    + "Écrivez-nous depuis le forum, rubrique **Vie du réseau**.",
                            List.of("animation de réseau", "modération"),
                            Caller.ADMIN,
                            Caller.MODERATOR),
                    new DemoMember(
                            "camille",
                            "Camille Lefèvre",
                            "camille.lefevre@demo.relais.fr",
                            "Rennes",
                            "Médiatrice numérique dans un espace public numérique de quartier depuis 2016."
                                    + " J’anime des ateliers *premiers pas sur smartphone* pour les"
                                    + " personnes âgées et des permanences d’aide aux démarches en ligne.\n\n"
                                    + "- prise en main d’Android\n- FranceConnect et espace santé\n- courriel et pièces jointes",
                            List.of("smartphone", "démarches en ligne", "seniors", "FranceConnect"),
                            Caller.ANIMATOR),
                    new DemoMember(
                            "karim",
                            "Karim Benali",
                            "karim.benali@demo.relais.fr",
                            "Villeurbanne",
                            "Fabmanager d’un FabLab associatif. Impression 3D, découpe laser et"
                                    + " initiation à l’électronique avec Arduino pour les collégiens le"
                                    + " mercredi après-midi.",
                            List.of("impression 3D", "fablab", "Arduino", "découpe laser"),
                            Caller.ANIMATOR),
                    new DemoMember(
                            "sophie",
                            "Sophie Martin",
                            "sophie.martin@demo.relais.fr",
                            "Limoges",
                            "Bibliothécaire, je coordonne l’offre numérique du réseau des médiathèques :"
                                    + " ateliers d’éducation aux médias, repérage des fausses informations,"
                                    + " ressources numériques en ligne.",
                            List.of("éducation aux médias", "bibliothèque", "ressources en ligne"),
                            Caller.ANIMATOR),
                    new DemoMember(
                            "thomas",
                            "Thomas Girard",
                            "thomas.girard@demo.relais.fr",
                            "Mende",
                            "Conseiller numérique itinérant en Lozère : je me déplace dans les mairies et"
                                    + " les maisons France services avec un ordinateur portable et une"
                                    + " clé 4G. Spécialité : les démarches CAF et impôts.",
                            List.of("itinérance", "démarches en ligne", "ruralité", "impôts"),
                            Caller.ANIMATOR),
                    new DemoMember(
                            "nadia",
                            "Nadia Moreau",
                            "nadia.moreau@demo.relais.fr",
                            "Marseille",
                            "Formatrice en centre social. J’accompagne des demandeurs d’emploi : CV en"
                                    + " ligne, candidatures, visioconférence pour les entretiens.",
                            List.of("insertion", "emploi", "visioconférence", "bureautique"),
                            Caller.ANIMATOR),
                    new DemoMember(
                            "julien",
                            "Julien Roux",
                            "julien.roux@demo.relais.fr",
                            "Toulouse",
                            "Bénévole au repair café et passionné de logiciels libres. Je reconditionne"
                                    + " des ordinateurs donnés par des entreprises et j’installe Linux Mint"
                                    + " pour des familles.",
                            List.of("logiciels libres", "reconditionnement", "Linux"),
                            Caller.MEMBER),
                    new DemoMember(
                            "elise",
                            "Élise Dubois",
                            "elise.dubois@demo.relais.fr",
                            "Lille",
                            "Chargée de mission inclusion numérique dans une communauté"
                                    + " d’agglomération. Je suis les conventions avec les lieux et le"
                                    + " déploiement du Pass numérique.",
                            List.of(
                                    "politiques publiques",
                                    "inclusion numérique",
                                    "pass numérique"),
                            Caller.MODERATOR),
                    new DemoMember(
                            "mamadou",
                            "Mamadou Diallo",
                            "mamadou.diallo@demo.relais.fr",
                            "Saint-Denis",
                            "Animateur jeunesse : création de jeux vidéo avec Scratch, montage vidéo et"
                                    + " prévention du cyberharcèlement avec les 11-15 ans.",
                            List.of("jeunesse", "Scratch", "montage vidéo", "cyberharcèlement"),
                            Caller.ANIMATOR),
                    new DemoMember(
                            "anne",
                            "Anne Petit",
                            "anne.petit@demo.relais.fr",
                            "Besançon",
                            "Ergothérapeute de formation, j’adapte les postes de travail pour les"
                                    + " personnes en situation de handicap : lecteurs d’écran, loupes,"
                                    + " claviers adaptés.",
                            List.of("accessibilité", "handicap", "lecteur d’écran"),
                            Caller.MEMBER));

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean isEmpty() {
        return !accounts.anyAccount();
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        for (int i = 0; i < MEMBERS.size(); i++) {
            DemoMember member = MEMBERS.get(i);
            // one newcomer a fortnight, from eight months ago: before any of their content
            long id =
                    context.at(
                            context.ago(JOINED_DAYS_AGO - 15 * i, 9 + i % 8, (i * 17) % 60),
                            () -> register(member));
            context.remember("member:" + member.key(), id);
        }
    }

    private long register(DemoMember member) {
        long id =
                accounts.provisionHashed(
                        member.email(), member.name(), PASSWORD_HASH, member.roles());
        accounts.updateProfile(
                id, new UpdateProfile(member.name(), member.bio(), member.city(), member.skills()));
        return id;
    }
}
