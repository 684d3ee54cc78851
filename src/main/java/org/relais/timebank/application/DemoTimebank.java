package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.security.Caller;
import org.relais.timebank.domain.TimebankRepository;

/**
 * The time bank's demo: offers and requests between the demo mediators, a few payments (one of
 * which overflows a lowered ceiling into the pool), a grant to a newcomer, and a payment request
 * waiting for the demo administrator's answer.
 */
@ApplicationScoped
public class DemoTimebank implements DemoContributor {
    @Inject OfferService offers;
    @Inject LedgerService ledger;
    @Inject PaymentRequests requests;
    @Inject TimebankRepository repository;

    record DemoOffer(
            String author,
            String kind,
            String title,
            String description,
            List<String> tags,
            String place,
            boolean online,
            int minutes) {}

    /** A payment, {@code daysAgo} days before the demo loaded. */
    record DemoPayment(int daysAgo, String payer, String receiver, long minutes, String memo) {}

    static final List<DemoOffer> OFFERS =
            List.of(
                    new DemoOffer(
                            "camille",
                            "OFFER",
                            "Préparer un atelier « premiers pas sur smartphone »",
                            "J’ai un déroulé testé avec des seniors sur quatre séances : je vous le présente et on l’adapte à votre public.",
                            List.of("smartphone", "seniors"),
                            "Espace numérique des Peupliers, Rennes",
                            true,
                            90),
                    new DemoOffer(
                            "karim",
                            "OFFER",
                            "Relire votre fiche de lieu avant publication",
                            "Horaires, services proposés, accessibilité : je relis votre fiche avec vous pour qu’elle soit claire et complète.",
                            List.of("cartographie"),
                            null,
                            true,
                            45),
                    new DemoOffer(
                            "nadia",
                            "REQUEST",
                            "Monter un atelier CV et candidature en ligne",
                            "Je démarre des ateliers emploi au centre social et cherche quelqu’un qui en anime déjà pour m’aider à construire la première séance.",
                            List.of("emploi", "démarches en ligne"),
                            "Centre social Les Lavandières, Marseille",
                            true,
                            120),
                    new DemoOffer(
                            "julien",
                            "REQUEST",
                            "Configurer une flotte de tablettes prêtées",
                            "Le repair café prête dix tablettes reconditionnées à des familles : comment les réinitialiser proprement entre deux prêts sans tout réinstaller ?",
                            List.of("tablette", "matériel"),
                            "Répar’Tout, Toulouse",
                            false,
                            60),
                    new DemoOffer(
                            "sophie",
                            "OFFER",
                            "Animer un atelier « vrai ou faux ? » sur les fausses informations",
                            "Je viens animer avec vous une séance d’éducation aux médias : vérifier une image, remonter à la source d’une information, reconnaître un site douteux. En visio si vous êtes loin de Limoges.",
                            List.of("éducation aux médias", "fausses informations"),
                            "Médiathèque des Trois-Fontaines, Limoges",
                            true,
                            90));

    /**
     * Payments over the last seven weeks, oldest first, several for each member so that their
     * balance chart draws a line; Sophie's overflows her lowered ceiling into the pool.
     */
    static final List<DemoPayment> PAYMENTS =
            List.of(
                    new DemoPayment(
                            49,
                            "nadia",
                            "camille",
                            90,
                            "Merci pour le déroulé de l’atelier smartphone !"),
                    new DemoPayment(
                            43,
                            "camille",
                            "julien",
                            60,
                            "Aide à distance pour réinstaller deux postes sous Linux Mint"),
                    new DemoPayment(
                            36, "julien", "karim", 45, "Relecture de la fiche du tiers-lieu"),
                    new DemoPayment(
                            30,
                            "karim",
                            "camille",
                            30,
                            "Conseils pour un atelier photo sur smartphone"),
                    new DemoPayment(
                            23,
                            "julien",
                            "sophie",
                            180,
                            "Deux ateliers d’éducation aux médias animés en visio au repair café"),
                    new DemoPayment(
                            17, "camille", "nadia", 45, "Préparation d’un atelier CV en ligne"),
                    new DemoPayment(
                            10,
                            "sophie",
                            "karim",
                            60,
                            "Conseils pour choisir l’imprimante 3D de la médiathèque"),
                    new DemoPayment(
                            3,
                            "karim",
                            "julien",
                            30,
                            "Récupération des photos d’un vieux portable"));

    @Override
    public int order() {
        return 700;
    }

    @Override
    public boolean isEmpty() {
        return repository.countOffers(null, null, null) == 0;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        for (int i = 0; i < OFFERS.size(); i++) {
            DemoOffer demo = OFFERS.get(i);
            Caller author = caller(context, demo.author());
            if (author != null) {
                // offers and requests of the last two months, a week or so apart
                context.at(
                        context.ago(60 - 7 * i, 11 + i % 4, 0),
                        () ->
                                offers.publish(
                                        author,
                                        new OfferService.OfferDraft(
                                                demo.kind(),
                                                demo.title(),
                                                demo.description(),
                                                demo.tags(),
                                                demo.place(),
                                                demo.online(),
                                                demo.minutes())));
            }
        }
        Caller admin =
                context.id("member:admin")
                        .map(id -> new Caller(id, "admin", Set.of(Caller.MEMBER, Caller.ADMIN)))
                        .orElse(null);
        Caller sophie = caller(context, "sophie");
        if (admin == null || sophie == null) {
            return;
        }
        // Sophie's ceiling is lowered to show an overflow into the pool on the demo.
        context.at(
                context.ago(52, 9, 0), () -> ledger.bound(admin, sophie.accountId(), -600L, 120L));
        int n = 0;
        for (DemoPayment demo : PAYMENTS) {
            Caller payer = caller(context, demo.payer());
            Caller receiver = caller(context, demo.receiver());
            String key = "demo-" + n++;
            if (payer != null && receiver != null) {
                context.at(
                        context.ago(demo.daysAgo(), 10 + n % 8, 30),
                        () ->
                                ledger.pay(
                                        payer,
                                        new PayHours(
                                                receiver.accountId(),
                                                demo.minutes(),
                                                demo.memo(),
                                                null,
                                                key)));
            }
        }
        Caller nadia = caller(context, "nadia");
        if (nadia != null) {
            context.at(
                    context.ago(5, 15, 0),
                    () ->
                            ledger.grant(
                                    admin,
                                    nadia.accountId(),
                                    30L,
                                    "Bienvenue dans la banque de temps"));
        }
        Caller thomas = caller(context, "thomas");
        if (thomas != null) {
            context.at(
                    context.ago(2, 17, 30),
                    () ->
                            requests.ask(
                                    thomas,
                                    admin.accountId(),
                                    45L,
                                    "Co-animation de la visio d’accueil des nouveaux lieux de"
                                            + " Lozère",
                                    null));
        }
    }

    private static Caller caller(DemoContext context, String key) {
        return context.id("member:" + key)
                .map(id -> new Caller(id, key, Set.of(Caller.MEMBER)))
                .orElse(null);
    }
}
