package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.relais.accounts.application.AccountService;
import org.relais.library.domain.Adaptation;
import org.relais.library.domain.Distribution;
import org.relais.library.domain.IntendedUse;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitFilter;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.Licence;
import org.relais.library.domain.Requester;
import org.relais.library.domain.UsageRepository;
import org.relais.library.domain.UseContext;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.i18n.Messages;
import org.relais.platform.security.Caller;

/**
 * Usage requests and contracts on the demo kits, made through {@link UsageService} like a member's:
 * an EPN's workshop covered by a CC BY-SA kit (a usage contract), a paid training on an NC kit
 * granted by its author (a specific authorisation), and a school's request waiting in the inbox of
 * the author of an all-rights-reserved kit.
 */
@ApplicationScoped
public class DemoUsage implements DemoContributor {
    private static final List<String> REQUESTERS =
            List.of("karim", "nadia", "sophie", "julien", "anne", "thomas");

    @Inject UsageService usage;
    @Inject UsageRepository repository;
    @Inject KitRepository kits;
    @Inject AccountService accounts;

    @Override
    public int order() {
        return 410;
    }

    @Override
    public boolean isEmpty() {
        return repository.countRequests() == 0;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        List<Kit> all = kits.kits(KitFilter.none(), 0, 100);
        // requests of the last fortnight, after every demo kit was deposited
        Instant formAction = context.ago(8, 9, 45);
        LocalDate start = LocalDate.of(2027, 1, 4);
        find(all, Licence.CC_BY_SA::equals)
                .ifPresent(
                        kit ->
                                ask(
                                        context,
                                        context.ago(11, 14, 5),
                                        kit,
                                        "EPN de la Maison de quartier",
                                        false,
                                        IntendedUse.in(UseContext.PUBLIC_DIGITAL_SPACE)
                                                .distributing(Distribution.PRINTED)
                                                .during(start, start.plusMonths(6))
                                                .reaching(24, "Dervallières, Nantes"),
                                        null));
        find(all, id -> id.startsWith("CC-BY-NC"))
                .ifPresent(
                        kit ->
                                ask(
                                                context,
                                                formAction,
                                                kit,
                                                "Coopérative Form'Action",
                                                false,
                                                IntendedUse.in(UseContext.COMPANY)
                                                        .commercially(true)
                                                        .distributing(Distribution.PARTICIPANTS)
                                                        .reaching(10, "Rennes"),
                                                "Bonjour, nous aimerions utiliser votre kit dans une"
                                                        + " formation payante de deux jours pour des"
                                                        + " secrétaires de mairie. Merci d'avance !")
                                        .ifPresent(
                                                id ->
                                                        context.at(
                                                                formAction.plus(Duration.ofDays(2)),
                                                                () ->
                                                                        grantTraining(
                                                                                kit, id, start))));
        find(all, Licence.ALL_RIGHTS_RESERVED::equals)
                .ifPresent(
                        kit ->
                                ask(
                                        context,
                                        context.ago(3, 16, 40),
                                        kit,
                                        "Collège Jules-Verne",
                                        true,
                                        IntendedUse.in(UseContext.SCHOOL)
                                                .distributing(Distribution.ONLINE)
                                                .adapting(Set.of(Adaptation.REMIX))
                                                .reaching(90, "Brest"),
                                        "Bonjour, nous voudrions adapter ce kit pour l'espace"
                                                + " numérique de travail de nos élèves de"
                                                + " quatrième. Est-ce possible ?"));
    }

    /** The author grants the paid training that the licence does not allow, with conditions. */
    private void grantTraining(Kit kit, long requestId, LocalDate start) {
        usage.grant(
                caller(kit.authorId()),
                requestId,
                "Citer le réseau en début de formation ; une session par trimestre au plus.",
                start,
                start.plusYears(1));
    }

    /**
     * A member (not the author) declares the use at {@code asked}; with a message, it is sent to
     * the author an hour later.
     */
    private Optional<Long> ask(
            DemoContext context,
            Instant asked,
            Kit kit,
            String organisation,
            boolean publicBody,
            IntendedUse use,
            String message) {
        Optional<Caller> user = requester(context, kit);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Requester requester = new Requester(Requester.Kind.ORGANISATION, organisation, publicBody);
        long id =
                context.at(
                        asked,
                        () ->
                                usage.request(user.get(), kit.id(), requester, use, Messages.FRENCH)
                                        .requestId());
        if (message == null) {
            return Optional.empty();
        }
        context.at(
                asked.plus(Duration.ofHours(1)), () -> usage.sendToAuthor(user.get(), id, message));
        return Optional.of(id);
    }

    private static Optional<Kit> find(List<Kit> kits, Predicate<String> licence) {
        return kits.stream()
                .filter(k -> k.licenceId() != null && licence.test(k.licenceId()))
                .findFirst();
    }

    private Optional<Caller> requester(DemoContext context, Kit kit) {
        return REQUESTERS.stream()
                .map(key -> context.id("member:" + key))
                .flatMap(Optional::stream)
                .filter(id -> id != kit.authorId())
                .findFirst()
                .map(this::caller);
    }

    private Caller caller(long id) {
        Map<Long, String> names = accounts.displayNames(List.of(id));
        return new Caller(id, names.getOrDefault(id, ""), Set.of(Caller.MEMBER));
    }
}
