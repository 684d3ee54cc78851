package org.relais.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.newsletter.domain.Issue;
import org.relais.newsletter.domain.NewsletterRepository;
import org.relais.newsletter.domain.Subscription;
import org.relais.newsletter.domain.Topic;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.security.Caller;

/** Two past letters in the archive and a few confirmed subscribers. */
@ApplicationScoped
public class DemoNewsletter implements DemoContributor {
    record DemoIssue(int monthsAgo, String title, String editorial) {}

    static final List<DemoIssue> ISSUES =
            List.of(
                    new DemoIssue(
                            2,
                            "La rentrée des aidants numériques",
                            """
                            Chères médiatrices, chers médiateurs,

                            La rentrée a rempli nos ateliers : démarches de la CAF, prise de \
                            rendez-vous médicaux en ligne, premiers pas sur smartphone… Dans \
                            beaucoup de lieux, les permanences affichent complet dès le mardi.

                            Ce mois-ci, trois pistes venues du réseau :

                            - **Accueillir sans faire à la place** : l'espace numérique de \
                            Roubaix a formalisé une grille simple pour repérer quand une \
                            démarche relève de l'aidant habilité (Aidants Connect) et quand \
                            elle peut devenir un apprentissage.
                            - **Les kits se partagent** : la bibliothèque de Relais compte \
                            désormais des kits sous licence libre pour animer un atelier \
                            « arnaques en ligne » en une heure et demie.
                            - **Le forum s'anime** autour du reconditionnement de matériel : \
                            qui récupère les ordinateurs des collectivités, et comment ?

                            Bonne lecture, et n'hésitez pas à nous écrire vos idées de sujets.
                            """),
                    new DemoIssue(
                            1,
                            "Parcours, pas rendez-vous isolés",
                            """
                            Bonjour à toutes et à tous,

                            Une personne qui pousse la porte d'un lieu de médiation numérique \
                            vient souvent pour *une* démarche urgente. L'enjeu, c'est de \
                            transformer ce premier rendez-vous en parcours : proposer un atelier \
                            collectif, un cycle « smartphone au quotidien », un rendez-vous de \
                            suivi.

                            Plusieurs d'entre vous partagent leurs fiches de suivi dans la \
                            bibliothèque, et l'agenda du mois prochain compte de nouveaux cycles \
                            dans les médiathèques et les centres sociaux.

                            Côté questions-réponses, plusieurs sujets attendent encore votre \
                            expérience : l'accompagnement des personnes malvoyantes sur \
                            smartphone, ou les outils de prise de notes pour les ateliers.

                            À très vite sur Relais !
                            """));

    static final List<String> SUBSCRIBERS =
            List.of(
                    "lecteur.mediatheque@demo.relais.fr",
                    "epn.valence@demo.relais.fr",
                    "centre.social.tourcoing@demo.relais.fr");

    @Inject NewsletterRepository repository;
    @Inject AccountService accounts;
    @Inject DigestComposer composer;
    @Inject MarkdownRenderer markdown;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;

    @Override
    public int order() {
        return 820;
    }

    @Override
    public boolean isEmpty() {
        return repository.countArchive() == 0;
    }

    @Override
    public void load(DemoContext context) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        YearMonth thisMonth = YearMonth.now(clock.withZone(DigestComposer.PARIS));
        String content = NewsletterMails.toJson(composer.compose(thisMonth));
        int number = repository.nextNumber();
        for (DemoIssue demo : ISSUES) {
            OffsetDateTime sent = now.minusMonths(demo.monthsAgo());
            Issue issue = new Issue(thisMonth.minusMonths(demo.monthsAgo()), demo.title(), sent);
            issue.write(
                    demo.title(),
                    demo.editorial(),
                    markdown.render(demo.editorial()).html(),
                    context.id("member:admin").orElse(null));
            issue.startSending(number++, content, sent);
            issue.finish(sent);
            repository.store(issue);
            outbox.changed(IssueService.SEARCH_TYPE, issue.id());
        }
        // Camille writes the letter's editorials
        context.id("member:camille").ifPresent(id -> accounts.grantRole(id, Caller.EDITOR));
        for (String email : SUBSCRIBERS) {
            Subscription subscription = Subscription.requested(email, now);
            String token = subscription.request(Set.of(Topic.values()), null, now);
            subscription.confirm(token, now);
            repository.store(subscription);
        }
    }
}
