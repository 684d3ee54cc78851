package org.relais.agenda.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.relais.agenda.domain.AgendaRepository;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventStatus;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.security.Caller;

/**
 * The agenda's demo: the coming months at the demo places, dated from the day of loading. A weekly
 * "permanence numérique", a monthly "café bidouille", a series of four smartphone workshops, a
 * fortnightly mobile drop-in, one-off workshops, seats to book for the smartphone cycle, a hybrid
 * regional day, a webinar, a cancelled event and a proposal waiting for confirmation.
 */
@ApplicationScoped
public class DemoAgenda implements DemoContributor {
    @Inject EventService events;
    @Inject RegistrationService registrations;
    @Inject AgendaRepository repository;
    @Inject Clock clock;

    /** One demo event: who, where, when (days from the next given weekday), what. */
    record DemoEvent(
            String organiser,
            String placeId,
            DayOfWeek weekday,
            int weeksAhead,
            String startTime,
            String endTime,
            String title,
            String description,
            List<String> tags,
            String audience,
            String accessibility,
            String price,
            String onlineUrl,
            String recurrence) {}

    /** How many days before the loading the first of the events was announced. */
    private static final int PUBLISHED_DAYS_AGO = 21;

    static final List<DemoEvent> EVENTS =
            List.of(
                    new DemoEvent(
                            "camille",
                            "demo-lieu-01",
                            DayOfWeek.TUESDAY,
                            0,
                            "14:00",
                            "17:00",
                            "Permanence numérique : vos démarches en ligne",
                            "Sans rendez-vous, une médiatrice vous aide pour vos démarches : déclaration de revenus, dossier CAF, prise de rendez-vous médical, création d’une adresse e-mail.\n\nApportez vos identifiants si vous les avez, et une pièce d’identité.",
                            List.of("démarches en ligne", "accompagnement"),
                            "Tout public, sans rendez-vous",
                            "Accès de plain-pied, boucle magnétique à l’accueil",
                            null,
                            null,
                            "FREQ=WEEKLY;BYDAY=TU"),
                    new DemoEvent(
                            "julien",
                            "demo-lieu-10",
                            DayOfWeek.THURSDAY,
                            0,
                            "18:30",
                            "21:00",
                            "Café bidouille : on répare ensemble",
                            "Ordinateur trop lent, téléphone qui ne charge plus, imprimante capricieuse : venez avec votre appareil, on cherche la panne ensemble autour d’un café.\n\nOn installe aussi des logiciels libres sur les machines qui le permettent.",
                            List.of("réparation", "logiciels libres"),
                            "Tout public",
                            "Atelier au rez-de-chaussée, accessible en fauteuil",
                            "Prix libre",
                            null,
                            "FREQ=MONTHLY;BYDAY=1TH"),
                    new DemoEvent(
                            "sophie",
                            "demo-lieu-05",
                            DayOfWeek.FRIDAY,
                            1,
                            "10:00",
                            "12:00",
                            "Premiers pas sur smartphone (cycle de 4 séances)",
                            "Quatre matinées pour prendre en main son téléphone : les gestes de base, les appels et les SMS, les photos, puis les applications utiles au quotidien.\n\nDes smartphones sont prêtés à celles et ceux qui n’en ont pas encore.",
                            List.of("smartphone", "seniors"),
                            "Seniors débutants, 8 personnes au plus",
                            "Salle accessible par ascenseur ; documents imprimés en gros caractères",
                            null,
                            null,
                            "FREQ=WEEKLY;BYDAY=FR;COUNT=4"),
                    new DemoEvent(
                            "thomas",
                            "demo-lieu-07",
                            DayOfWeek.WEDNESDAY,
                            0,
                            "09:00",
                            "12:00",
                            "Permanence mobile au marché de Florac",
                            "Le camping-car numérique s’installe sur la place du marché : aide aux démarches, questions sur le téléphone ou l’ordinateur, prêt de tablettes.",
                            List.of("itinérance", "démarches en ligne"),
                            "Habitants du territoire",
                            null,
                            null,
                            null,
                            "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=8"),
                    new DemoEvent(
                            "karim",
                            "demo-lieu-03",
                            DayOfWeek.SATURDAY,
                            2,
                            "10:00",
                            "17:00",
                            "Install party : donnez une seconde vie à votre ordinateur",
                            "Venez avec un ordinateur qui rame : on sauvegarde vos fichiers et on installe ensemble un système libre et léger.\n\nPensez à apporter le chargeur !",
                            List.of("logiciels libres", "réemploi"),
                            "Tout public",
                            null,
                            "Prix libre",
                            null,
                            null),
                    new DemoEvent(
                            "anne",
                            "demo-lieu-13",
                            DayOfWeek.MONDAY,
                            1,
                            "14:00",
                            "16:00",
                            "Les réglages d’accessibilité du smartphone",
                            "Loupe, lecteur d’écran, sous-titres, commande vocale : un atelier pour découvrir et configurer les aides intégrées aux téléphones Android et iPhone.",
                            List.of("accessibilité", "smartphone"),
                            "Personnes en situation de handicap, aidants, professionnels",
                            "Interprète LSF sur demande une semaine avant ; salle accessible en fauteuil",
                            null,
                            null,
                            null),
                    new DemoEvent(
                            "nadia",
                            "demo-lieu-08",
                            DayOfWeek.THURSDAY,
                            1,
                            "09:30",
                            "11:30",
                            "Atelier CV et candidature en ligne",
                            "Créer son compte France Travail, mettre son CV en ligne, répondre à une offre depuis son téléphone : on avance pas à pas sur votre propre candidature.",
                            List.of("emploi", "démarches en ligne"),
                            "Personnes en recherche d’emploi",
                            null,
                            null,
                            null,
                            null),
                    new DemoEvent(
                            "elise",
                            "demo-lieu-11",
                            DayOfWeek.TUESDAY,
                            5,
                            null,
                            null,
                            "Journée régionale des médiateurs numériques des Hauts-de-France",
                            "Une journée pour se rencontrer et partager les pratiques : retours d’expérience le matin, ateliers l’après-midi (posture, cybersécurité, accueil des publics éloignés). Les plénières sont retransmises en ligne.",
                            List.of("réseau", "formation"),
                            "Médiateurs et médiatrices numériques, conseillers numériques",
                            "Lieu accessible ; plénières sous-titrées en direct",
                            null,
                            "https://visio.exemple.fr/journee-regionale",
                            null),
                    new DemoEvent(
                            "admin",
                            null,
                            DayOfWeek.THURSDAY,
                            2,
                            "11:00",
                            "12:30",
                            "Webinaire : accompagner sans faire à la place",
                            "Comment aider une personne dans ses démarches sans prendre la souris ? Échanges de pratiques et cadre légal du mandat (Aidants Connect).",
                            List.of("posture", "formation"),
                            "Aidants numériques et travailleurs sociaux",
                            "Sous-titrage automatique ; support envoyé après la séance",
                            null,
                            "https://visio.exemple.fr/webinaire-posture",
                            null));

    static final int SMARTPHONE_SEATS = 8;

    @Override
    public int order() {
        return 800;
    }

    @Override
    public boolean isEmpty() {
        return repository.isEmpty();
    }

    @Override
    public void load(DemoContext context) {
        LocalDate today = LocalDate.now(clock.withZone(Event.ZONE));
        java.util.Map<String, EventView> published = new java.util.HashMap<>();
        for (int i = 0; i < EVENTS.size(); i++) {
            DemoEvent demo = EVENTS.get(i);
            // announced over the last three weeks, one every other day or so, during office hours
            Instant announced = context.ago(PUBLISHED_DAYS_AGO - 2 * i, 9 + i % 8, 10 * (i % 6));
            caller(context, demo.organiser())
                    .ifPresent(
                            organiser ->
                                    published.put(
                                            demo.title(),
                                            announce(context, announced, organiser, demo, today)));
        }
        // the smartphone cycle takes eight people, registered on Relais
        caller(context, "sophie")
                .ifPresent(
                        sophie -> {
                            long cycle = published.get(EVENTS.get(2).title()).id();
                            events.limitSeats(sophie, cycle, SMARTPHONE_SEATS);
                            for (String member : List.of("nadia", "thomas")) {
                                caller(context, member)
                                        .ifPresent(c -> registrations.register(c, cycle, null));
                            }
                        });
        // a session of the weekly drop-in falls on a training day: cancelled
        caller(context, "camille")
                .ifPresent(
                        camille -> {
                            EventView drop = published.get(EVENTS.get(0).title());
                            LocalDate third =
                                    today.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                                            .plusWeeks(2);
                            events.changeOccurrence(
                                    camille, drop.id(), third + "T14:00", null, null);
                        });
        // a repair café called off, and a proposal waiting in camille's queue
        caller(context, "julien")
                .ifPresent(
                        julien -> {
                            EventView noel =
                                    announce(
                                            context,
                                            context.ago(3, 11, 0),
                                            julien,
                                            new DemoEvent(
                                                    "julien",
                                                    "demo-lieu-10",
                                                    DayOfWeek.SATURDAY,
                                                    3,
                                                    "14:00",
                                                    "18:00",
                                                    "Repair café spécial jouets électroniques",
                                                    "Annulé faute de bénévoles disponibles ; il sera reprogrammé au printemps.",
                                                    List.of("réparation"),
                                                    "Familles",
                                                    null,
                                                    null,
                                                    null,
                                                    null),
                                            today);
                            events.edit(julien, noel.id(), null, EventStatus.CANCELLED, null);
                        });
        caller(context, "karim")
                .ifPresent(
                        karim ->
                                announce(
                                        context,
                                        context.ago(2, 16, 20),
                                        karim,
                                        new DemoEvent(
                                                "karim",
                                                "demo-lieu-01",
                                                DayOfWeek.WEDNESDAY,
                                                3,
                                                "14:00",
                                                "16:30",
                                                "Découverte de l’impression 3D pour les 11-15 ans",
                                                "Modéliser un porte-clés et le voir sortir de l’imprimante : un après-midi pour découvrir la fabrication numérique.",
                                                List.of("impression 3D", "jeunesse"),
                                                "Jeunes de 11 à 15 ans",
                                                null,
                                                null,
                                                null,
                                                null),
                                        today));
    }

    /** Publishes a demo event as its organiser did on the given day. */
    private EventView announce(
            DemoContext context, Instant when, Caller organiser, DemoEvent demo, LocalDate today) {
        return context.at(when, () -> events.publish(organiser, draft(demo, today)));
    }

    static EventDraft draft(DemoEvent demo, LocalDate today) {
        LocalDate day =
                today.with(TemporalAdjusters.nextOrSame(demo.weekday()))
                        .plusWeeks(demo.weeksAhead());
        if (demo.recurrence() != null && demo.recurrence().contains("BYDAY=1")) {
            // a "first weekday of the month" series starts on such a day
            while (day.getDayOfMonth() > 7) {
                day = day.plusWeeks(1);
            }
        }
        boolean allDay = demo.startTime() == null;
        return new EventDraft(
                demo.title(),
                demo.description(),
                allDay ? day.toString() : day + "T" + demo.startTime(),
                allDay ? day.toString() : day + "T" + demo.endTime(),
                allDay,
                demo.placeId(),
                null,
                demo.onlineUrl(),
                demo.tags(),
                demo.audience(),
                demo.accessibility(),
                demo.price(),
                null,
                demo.recurrence());
    }

    private static java.util.Optional<Caller> caller(DemoContext context, String key) {
        Set<String> roles =
                "admin".equals(key) ? Set.of(Caller.MEMBER, Caller.ADMIN) : Set.of(Caller.MEMBER);
        return context.id("member:" + key).map(id -> new Caller(id, key, roles));
    }
}
