package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.relais.forum.domain.Category;
import org.relais.forum.domain.ForumRepository;
import org.relais.forum.domain.Post;
import org.relais.forum.domain.Topic;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.markdown.RenderedMarkdown;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.tags.TagRegistry;

/** Demo forum: five categories and conversations between the demo members about their practice. */
@ApplicationScoped
public class DemoForum implements DemoContributor {
    @Inject ForumRepository forum;
    @Inject TagRegistry tags;
    @Inject MarkdownRenderer markdown;
    @Inject SearchOutbox outbox;

    /** When the categories opened; the topics follow over the next seven weeks. */
    static final int OPENED_DAYS_AGO = 60;

    record DemoCategory(String key, String name, String description, String colour) {}

    /** A topic: its category, title, tags, and posts as (member key, text), the first opens it. */
    record DemoTopic(String category, String title, List<String> tags, List<String[]> posts) {}

    static final List<DemoCategory> CATEGORIES =
            List.of(
                    new DemoCategory(
                            "publics",
                            "Accompagnement des publics",
                            "Seniors, demandeurs d’emploi, jeunes, allophones : comment accompagner"
                                    + " chacun vers l’autonomie numérique.",
                            "#3b6ea5"),
                    new DemoCategory(
                            "ateliers",
                            "Ateliers et animation",
                            "Formats d’ateliers, fabrication numérique, jeux et supports"
                                    + " pédagogiques.",
                            "#b5542b"),
                    new DemoCategory(
                            "outils",
                            "Outils et logiciels libres",
                            "Systèmes, logiciels libres, reconditionnement et parc informatique"
                                    + " des lieux.",
                            "#2f7d4a"),
                    new DemoCategory(
                            "dispositifs",
                            "Dispositifs et financements",
                            "Pass numérique, conseillers numériques, appels à projets.",
                            "#7a4fa3"),
                    new DemoCategory(
                            "reseau",
                            "Vie du réseau",
                            "Rencontres, annonces et entraide entre les lieux du réseau.",
                            "#8a6d1f"));

    static final List<DemoTopic> TOPICS =
            List.of(
                    new DemoTopic(
                            "publics",
                            "Accompagner les seniors sur les démarches en ligne sans faire à leur"
                                    + " place",
                            List.of("seniors", "démarches en ligne"),
                            List.of(
                                    new String[] {
                                        "camille",
                                        "Beaucoup de personnes âgées viennent pour leur déclaration"
                                                + " de revenus ou leur dossier de retraite, et"
                                                + " attendent qu’on le fasse pour elles.\n\n"
                                                + "Comment trouvez-vous l’équilibre entre *faire avec*"
                                                + " et *faire pour* ? Utilisez-vous Aidants Connect ?"
                                    },
                                    new String[] {
                                        "karim",
                                        "Chez nous, on commence toujours par créer ou retrouver"
                                                + " l’adresse e-mail de la personne, puis on fait la"
                                                + " démarche **à deux mains** : elle tient la souris,"
                                                + " je guide. Aidants Connect seulement quand la"
                                                + " personne ne peut vraiment pas."
                                    },
                                    new String[] {
                                        "sophie",
                                        "Même pratique. On a aussi un petit carnet papier où la"
                                                + " personne note les étapes, ça rassure beaucoup"
                                                + " pour la fois suivante."
                                    })),
                    new DemoTopic(
                            "ateliers",
                            "Retours sur nos premiers ateliers d’impression 3D",
                            List.of("impression 3D", "fablab"),
                            List.of(
                                    new String[] {
                                        "thomas",
                                        "Nous avons lancé des ateliers d’impression 3D le mercredi"
                                                + " pour les 10-14 ans. Modélisation sur Tinkercad,"
                                                + " impression sur une Prusa MK4.\n\n"
                                                + "Point dur : une impression dure 1 h 30, plus que"
                                                + " l’atelier. Comment faites-vous ?"
                                    },
                                    new String[] {
                                        "nadia",
                                        "On imprime entre deux séances et les jeunes récupèrent"
                                                + " leur objet la semaine suivante. Ça crée un rendez-vous"
                                                + " et ils reviennent !"
                                    },
                                    new String[] {
                                        "julien",
                                        "Astuce : limiter les modèles à 4 × 4 cm et 20 % de"
                                                + " remplissage, on tombe à 25 minutes."
                                    })),
                    new DemoTopic(
                            "outils",
                            "Passer les postes de l’EPN sous Linux : vos expériences ?",
                            List.of("logiciels libres", "Linux"),
                            List.of(
                                    new String[] {
                                        "julien",
                                        "Nos 8 postes sous Windows 10 ne pourront pas passer à"
                                                + " Windows 11. On envisage Linux Mint. Des retours"
                                                + " sur l’accueil par le public ?"
                                    },
                                    new String[] {
                                        "elise",
                                        "Linux Mint depuis deux ans ici. Le public ne voit"
                                                + " presque pas la différence : Firefox, LibreOffice"
                                                + " et le navigateur suffisent pour 90 % des usages."
                                    },
                                    new String[] {
                                        "mamadou",
                                        "Pensez à garder un poste avec les logiciels des"
                                                + " administrations qui exigent un lecteur de carte,"
                                                + " sinon tout passe très bien."
                                    })),
                    new DemoTopic(
                            "dispositifs",
                            "Pass numérique : comment valorisez-vous les chèques reçus ?",
                            List.of("pass numérique"),
                            List.of(
                                    new String[] {
                                        "anne",
                                        "Nous sommes lieu qualifié depuis ce printemps. Les"
                                                + " personnes arrivent avec un carnet de chèques mais"
                                                + " ne savent pas ce qu’elles peuvent faire avec."
                                    },
                                    new String[] {
                                        "camille",
                                        "On propose un entretien de 20 minutes pour faire le"
                                                + " point sur les besoins, puis un parcours de"
                                                + " 3 ateliers. Le premier chèque couvre l’entretien."
                                    })),
                    new DemoTopic(
                            "publics",
                            "Une adresse e-mail pour la recherche d’emploi : quel fournisseur"
                                    + " conseiller ?",
                            List.of("emploi", "messagerie"),
                            List.of(
                                    new String[] {
                                        "sophie",
                                        "Pour les demandeurs d’emploi, je recommande une"
                                                + " adresse sobre du type prenom.nom. Quel"
                                                + " fournisseur conseillez-vous, sans publicité"
                                                + " envahissante ?"
                                    },
                                    new String[] {
                                        "karim",
                                        "Nous montrons plusieurs options et laissons choisir."
                                                + " L’important est de noter le mot de passe dans un"
                                                + " endroit sûr et de vérifier la récupération par"
                                                + " téléphone."
                                    },
                                    new String[] {
                                        "anne",
                                        "Et de tester tout de suite un envoi de CV en pièce"
                                                + " jointe, c’est là que ça coince souvent."
                                    })),
                    new DemoTopic(
                            "ateliers",
                            "Un jeu de cartes pour parler des arnaques en ligne",
                            List.of("sécurité", "seniors"),
                            List.of(
                                    new String[] {
                                        "elise",
                                        "J’ai fabriqué un jeu de cartes : des SMS et e-mails"
                                                + " vrais ou frauduleux, les participants votent. Je"
                                                + " peux partager les fichiers si ça intéresse."
                                    },
                                    new String[] {
                                        "thomas",
                                        "Oui, très intéressé ! Les faux colis et faux"
                                                + " remboursements de l’Assurance maladie reviennent"
                                                + " tout le temps chez nous."
                                    })),
                    new DemoTopic(
                            "reseau",
                            "Rencontre régionale des médiateurs en juin : qui vient ?",
                            List.of("rencontres"),
                            List.of(
                                    new String[] {
                                        "nadia",
                                        "La rencontre régionale aura lieu mi-juin. On cherche"
                                                + " des volontaires pour animer un atelier d’échange"
                                                + " de pratiques d’une heure."
                                    },
                                    new String[] {
                                        "mamadou",
                                        "Je peux présenter notre atelier « smartphone pour"
                                                + " débutants » et ses fiches."
                                    })),
                    new DemoTopic(
                            "outils",
                            "Reconditionner des ordinateurs donnés par les entreprises",
                            List.of("reconditionnement", "logiciels libres"),
                            List.<String[]>of(
                                    new String[] {
                                        "mamadou",
                                        "Une entreprise nous donne 15 portables. Effacement des"
                                                + " disques, installation, tri du matériel : par"
                                                + " quoi commencer ?"
                                    })));

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean isEmpty() {
        return forum.categories().isEmpty();
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        OffsetDateTime start = context.ago(OPENED_DAYS_AGO, 8, 30).atOffset(ZoneOffset.UTC);
        Map<String, Long> categoryIds = new java.util.HashMap<>();
        int sortKey = 0;
        for (DemoCategory c : CATEGORIES) {
            Category category =
                    new Category(c.name(), c.description(), c.colour(), sortKey++, start);
            forum.store(category);
            categoryIds.put(c.key(), category.id());
            context.remember("forum.category:" + c.key(), category.id());
        }
        int index = 0;
        for (DemoTopic t : TOPICS) {
            // a topic every six days or so; its replies follow it, hours apart
            OffsetDateTime when = start.plusDays(6L * index + 4).plusHours(index % 3 * 2L);
            Duration between = Duration.ofHours(4L + 6L * (index % 4));
            Long author = context.id("member:" + t.posts().get(0)[0]).orElse(null);
            if (author == null) {
                continue;
            }
            List<String> slugs =
                    t.tags().stream().map(label -> tags.define(label, "").slug()).toList();
            Topic topic = new Topic(categoryIds.get(t.category()), t.title(), author, slugs, when);
            forum.store(topic);
            for (String[] post : t.posts()) {
                Long poster = context.id("member:" + post[0]).orElse(author);
                RenderedMarkdown body = markdown.render(post[1]);
                Post stored =
                        new Post(
                                topic.id(),
                                topic.addPost(poster, when),
                                poster,
                                null,
                                body.source(),
                                body.html(),
                                when);
                forum.store(stored);
                outbox.changed(ForumService.POST_TYPE, stored.id());
                when = when.plus(between);
            }
            outbox.changed(ForumService.TOPIC_TYPE, topic.id());
            index++;
        }
    }
}
