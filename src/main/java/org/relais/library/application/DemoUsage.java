package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        LocalDate start = LocalDate.of(2027, 1, 4);
        withLicence(all, Licence.CC_BY_SA)
                .ifPresent(
                        kit ->
                                requester(context, kit)
                                        .ifPresent(
                                                user ->
                                                        usage.request(
                                                                user,
                                                                kit.id(),
                                                                new Requester(
                                                                        Requester.Kind.ORGANISATION,
                                                                        "EPN de la Maison de quartier",
                                                                        false),
                                                                IntendedUse.in(
                                                                                UseContext
                                                                                        .PUBLIC_DIGITAL_SPACE)
                                                                        .distributing(
                                                                                Distribution
                                                                                        .PRINTED)
                                                                        .during(
                                                                                start,
                                                                                start.plusMonths(6))
                                                                        .reaching(
                                                                                24,
                                                                                "Maison de quartier des Dervallières, Nantes"),
                                                                Messages.FRENCH)));
        nonCommercial(all)
                .ifPresent(
                        kit ->
                                requester(context, kit)
                                        .ifPresent(
                                                user -> {
                                                    long id =
                                                            usage.request(
                                                                            user,
                                                                            kit.id(),
                                                                            new Requester(
                                                                                    Requester.Kind
                                                                                            .ORGANISATION,
                                                                                    "Coopérative Form'Action",
                                                                                    false),
                                                                            IntendedUse.in(
                                                                                            UseContext
                                                                                                    .COMPANY)
                                                                                    .commercially(
                                                                                            true)
                                                                                    .distributing(
                                                                                            Distribution
                                                                                                    .PARTICIPANTS)
                                                                                    .reaching(
                                                                                            10,
                                                                                            "Rennes"),
                                                                            Messages.FRENCH)
                                                                    .requestId();
                                                    usage.sendToAuthor(
                                                            user,
                                                            id,
                                                            "Bonjour, nous aimerions utiliser votre kit dans une formation payante de"
                                                                    + " deux jours pour des secrétaires de mairie. Merci d'avance !");
                                                    author(kit)
                                                            .ifPresent(
                                                                    author ->
                                                                            usage.grant(
                                                                                    author,
                                                                                    id,
                                                                                    "Citer le réseau en début de formation ; une session par trimestre au plus.",
                                                                                    start,
                                                                                    start.plusYears(
                                                                                            1)));
                                                }));
        withLicence(all, Licence.ALL_RIGHTS_RESERVED)
                .ifPresent(
                        kit ->
                                requester(context, kit)
                                        .ifPresent(
                                                user -> {
                                                    long id =
                                                            usage.request(
                                                                            user,
                                                                            kit.id(),
                                                                            new Requester(
                                                                                    Requester.Kind
                                                                                            .ORGANISATION,
                                                                                    "Collège Jules-Verne",
                                                                                    true),
                                                                            IntendedUse.in(
                                                                                            UseContext
                                                                                                    .SCHOOL)
                                                                                    .distributing(
                                                                                            Distribution
                                                                                                    .ONLINE)
                                                                                    .adapting(
                                                                                            Set.of(
                                                                                                    Adaptation
                                                                                                            .REMIX))
                                                                                    .reaching(
                                                                                            90,
                                                                                            "Collège Jules-Verne, Brest"),
                                                                            Messages.FRENCH)
                                                                    .requestId();
                                                    usage.sendToAuthor(
                                                            user,
                                                            id,
                                                            "Bonjour, nous voudrions adapter ce kit pour l'espace numérique de travail"
                                                                    + " de nos élèves de quatrième. Est-ce possible ?");
                                                }));
    }

    private static Optional<Kit> withLicence(List<Kit> kits, String licence) {
        return kits.stream().filter(k -> licence.equals(k.licenceId())).findFirst();
    }

    private static Optional<Kit> nonCommercial(List<Kit> kits) {
        return kits.stream()
                .filter(k -> k.licenceId() != null && k.licenceId().startsWith("CC-BY-NC"))
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

    private Optional<Caller> author(Kit kit) {
        return Optional.of(caller(kit.authorId()));
    }

    private Caller caller(long id) {
        Map<Long, String> names = accounts.displayNames(List.of(id));
        return new Caller(id, names.getOrDefault(id, ""), Set.of(Caller.MEMBER));
    }
}
