package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.Audience;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.betatest.domain.CallFilter;
import org.relais.betatest.domain.CallSchedule;
import org.relais.betatest.domain.Confidentiality;
import org.relais.betatest.domain.Criteria;
import org.relais.betatest.domain.Device;
import org.relais.betatest.domain.Outcome;
import org.relais.betatest.domain.Report;
import org.relais.betatest.domain.Scenario;
import org.relais.betatest.domain.Severity;
import org.relais.betatest.domain.TestReport;
import org.relais.betatest.domain.TestReport.Problem;
import org.relais.betatest.domain.TestReport.ScenarioResult;
import org.relais.betatest.domain.TesterProfile;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.security.Caller;

/**
 * The beta-tests' demo: two calls already run and published (a town hall's online appointments
 * tried by older people, a FabLab's machine booking) and one call open for applications with a
 * reward in hours. The finished ones are written as they would have been lived, weeks ago.
 */
@ApplicationScoped
public class DemoBetaTests implements DemoContributor {
    @Inject BetaTestRepository repository;
    @Inject BetaTestService service;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;

    /** A tester's part in a finished call: their profile and their report. */
    record Part(String member, Set<Audience> audiences, Set<Device> devices, TestReport report) {}

    @Override
    public int order() {
        return 760;
    }

    @Override
    public boolean isEmpty() {
        return repository.countOpenCalls(clock.instant(), CallFilter.NONE) == 0
                && repository.countPastCalls(clock.instant()) == 0;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        Instant now = clock.instant();
        finished(
                context,
                "thomas",
                new BetaCall.Content(
                        "Prendre rendez-vous en mairie sans aide : le test avec des seniors",
                        "Rendez-vous en mairie (prototype intercommunal)",
                        "Communauté de communes Cœur de Lozère",
                        context.id("place:demo-lieu-06").orElse(null),
                        """
                        La communauté de communes prépare un service de **prise de rendez-vous en \
                        ligne** pour les cartes d’identité et les passeports. Avant de l’ouvrir, nous \
                        voulons savoir si une personne de plus de 65 ans, seule devant sa tablette, \
                        s’en sort sans appeler la mairie.

                        Les testeurs essaient chez eux ou pendant une permanence numérique, puis \
                        racontent ce qui les a arrêtés.""",
                        List.of(
                                new Scenario(
                                        "Créer son compte",
                                        "Le compte est créé avec une adresse mail et un mot de passe, le"
                                                + " mail de confirmation arrive en moins de cinq minutes."),
                                new Scenario(
                                        "Réserver un créneau pour une carte d’identité",
                                        "Un créneau est choisi dans la semaine et confirmé par SMS."),
                                new Scenario(
                                        "Déplacer le rendez-vous",
                                        "Le rendez-vous est déplacé sans rappeler la mairie.")),
                        new Criteria(
                                Set.of(Audience.SENIOR),
                                Set.of(Device.TABLET, Device.ANDROID),
                                Set.of("76"),
                                Set.of()),
                        Set.of("demarches-en-ligne", "seniors"),
                        4,
                        schedule(now, 60, 55, 25),
                        0,
                        Confidentiality.PUBLIC),
                List.of(
                        new Part(
                                "camille",
                                Set.of(Audience.MEDIATOR),
                                Set.of(Device.TABLET),
                                report(
                                        4,
                                        "Très clair pour la création du compte ; le calendrier, lui, demande"
                                                + " de bons yeux.",
                                        List.of(
                                                new Problem(
                                                        Severity.MAJOR,
                                                        "Les jours du calendrier sont trop petits sur"
                                                                + " tablette")),
                                        Outcome.PASS,
                                        Outcome.PASS,
                                        Outcome.PASS)),
                        new Part(
                                "sophie",
                                Set.of(Audience.SENIOR, Audience.BEGINNER),
                                Set.of(Device.ANDROID),
                                report(
                                        2,
                                        "J’ai attendu le SMS de confirmation pendant une heure, puis j’ai"
                                                + " appelé la mairie.",
                                        List.of(
                                                new Problem(
                                                        Severity.CRITICAL,
                                                        "Le SMS de confirmation n’arrive pas sur"
                                                                + " certains opérateurs"),
                                                new Problem(
                                                        Severity.MINOR,
                                                        "Le mot « créneau » n’est pas compris de tous")),
                                        Outcome.PASS,
                                        Outcome.BLOCKED,
                                        Outcome.FAIL)),
                        new Part(
                                "julien",
                                Set.of(Audience.SENIOR),
                                Set.of(Device.TABLET),
                                report(
                                        4,
                                        "Simple une fois qu’on a trouvé le bouton « Modifier », caché en"
                                                + " bas de page.",
                                        List.of(
                                                new Problem(
                                                        Severity.MAJOR,
                                                        "Le bouton pour déplacer le rendez-vous est"
                                                                + " hors de l’écran")),
                                        Outcome.PASS,
                                        Outcome.PASS,
                                        Outcome.FAIL))),
                "Le SMS passe désormais par un second opérateur, le calendrier a des cases deux fois"
                        + " plus grandes et « Déplacer mon rendez-vous » est en haut de la page. Merci"
                        + " aux testeurs et à l’équipe de la permanence de Mende !");
        finished(
                context,
                "karim",
                new BetaCall.Content(
                        "Réserver une machine du FabLab en ligne",
                        "Agenda des machines de L’Établi",
                        null,
                        context.id("place:demo-lieu-03").orElse(null),
                        """
                        Fini le cahier à l’accueil : les adhérents réservent la découpeuse laser et \
                        les imprimantes 3D en ligne. Nous cherchons des habitués et des nouveaux venus \
                        pour vérifier que la réservation et la formation obligatoire s’enchaînent bien.""",
                        List.of(
                                new Scenario(
                                        "Réserver l’imprimante 3D pour deux heures",
                                        "La réservation apparaît dans l’agenda et dans « Mes réservations »."),
                                new Scenario(
                                        "Réserver la découpeuse laser sans avoir suivi la formation",
                                        "La réservation est refusée et la prochaine formation est proposée.")),
                        new Criteria(
                                Set.of(),
                                Set.of(Device.COMPUTER, Device.ANDROID),
                                Set.of(),
                                Set.of("fablab")),
                        Set.of("fablab", "impression-3d"),
                        3,
                        schedule(now, 40, 38, 18),
                        0,
                        Confidentiality.PUBLIC),
                List.of(
                        new Part(
                                "elise",
                                Set.of(Audience.YOUNG),
                                Set.of(Device.ANDROID),
                                report(
                                        5,
                                        "Réservation faite depuis le tram en une minute.",
                                        List.of(),
                                        Outcome.PASS,
                                        Outcome.PASS)),
                        new Part(
                                "mamadou",
                                Set.of(Audience.BEGINNER),
                                Set.of(Device.COMPUTER),
                                report(
                                        3,
                                        "La laser m’a bien été refusée, mais sans me dire où m’inscrire à la"
                                                + " formation.",
                                        List.of(
                                                new Problem(
                                                        Severity.MAJOR,
                                                        "Le refus ne propose pas la prochaine"
                                                                + " formation")),
                                        Outcome.PASS,
                                        Outcome.FAIL))),
                "Le message de refus propose maintenant les trois prochaines formations avec un bouton"
                        + " d’inscription.");
        // published a few days ago, its dates still ahead
        context.id("member:nadia")
                .ifPresent(
                        nadia ->
                                context.at(
                                        context.ago(4, 10, 0), () -> openMotivGuide(nadia, now)));
    }

    /** The open call: Nadia looks for testers of a cover-letter assistant. */
    private void openMotivGuide(long nadia, Instant now) {
        service.open(
                new Caller(nadia, "nadia", Set.of(Caller.MEMBER)),
                new CallCommand(
                        "Écrire sa lettre de motivation pas à pas : cherchons des testeurs",
                        "Motiv’Guide (prototype associatif)",
                        "Association Passerelles Emploi",
                        null,
                        """
                        Un assistant en ligne pose des questions simples (le poste, ce que vous \
                        avez déjà fait, pourquoi cette entreprise) et propose une lettre que l’on \
                        corrige ensemble. Il est pensé pour des personnes qui écrivent peu.""",
                        List.of(
                                new CallCommand.ScenarioCommand(
                                        "Répondre aux questions de l’assistant",
                                        "Chaque question tient sur un écran et se comprend sans aide."),
                                new CallCommand.ScenarioCommand(
                                        "Télécharger la lettre",
                                        "La lettre s’ouvre dans un traitement de texte et s’imprime.")),
                        Set.of("job-seeker", "beginner"),
                        Set.of("computer", "android"),
                        Set.of(),
                        Set.of(),
                        Set.of("emploi", "insertion"),
                        3,
                        now.plus(Duration.ofDays(20)),
                        now.plus(Duration.ofDays(25)),
                        now.plus(Duration.ofDays(45)),
                        30L,
                        "public-after-period"));
    }

    private void finished(
            DemoContext context,
            String holderKey,
            BetaCall.Content content,
            List<Part> parts,
            String response) {
        Optional<Long> holder = context.id("member:" + holderKey);
        if (holder.isEmpty()) {
            return;
        }
        CallSchedule schedule = content.schedule();
        BetaCall call =
                new BetaCall(
                        holder.get(),
                        content,
                        schedule.applicationDeadline().minus(Duration.ofDays(10)));
        repository.store(call);
        Instant during = schedule.testStart().plus(Duration.ofDays(3));
        for (Part part : parts) {
            Optional<Long> tester = context.id("member:" + part.member());
            if (tester.isEmpty()) {
                continue;
            }
            Application application =
                    new Application(
                            call.id(),
                            tester.get(),
                            "Je teste volontiers : j’accompagne ce public chaque semaine.",
                            new TesterProfile(part.audiences(), part.devices(), null, Set.of()),
                            schedule.applicationDeadline().minus(Duration.ofDays(5)));
            repository.store(application);
            application.select(schedule.applicationDeadline().plus(Duration.ofDays(1)));
            Report report = new Report(application.id(), part.report(), during);
            repository.store(report);
            report.accept(during.plus(Duration.ofDays(2)));
            report.quote(part.report().rating() >= 4);
        }
        call.close(schedule.testEnd());
        call.publishResults(response, schedule.testEnd().plus(Duration.ofDays(2)));
        outbox.changed(BetaTestService.CALL_TYPE, call.id());
    }

    /** A finished call's calendar, in days before now. */
    private static CallSchedule schedule(Instant now, int deadline, int start, int end) {
        return new CallSchedule(
                now.minus(Duration.ofDays(deadline)),
                now.minus(Duration.ofDays(start)),
                now.minus(Duration.ofDays(end)));
    }

    private static TestReport report(
            int rating, String text, List<Problem> problems, Outcome... outcomes) {
        List<ScenarioResult> results =
                java.util.Arrays.stream(outcomes).map(o -> new ScenarioResult(o, "")).toList();
        return TestReport.of(outcomes.length, results, rating, problems, text);
    }
}
