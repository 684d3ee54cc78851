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
 * which overflows a lowered ceiling into the pool) and a grant to a newcomer.
 */
@ApplicationScoped
public class DemoTimebank implements DemoContributor {
    @Inject OfferService offers;
    @Inject LedgerService ledger;
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

    record DemoPayment(String payer, String receiver, long minutes, String memo) {}

    static final List<DemoOffer> OFFERS =
            List.of(
                    new DemoOffer(
                            "camille",
                            "OFFER",
                            "Préparer un atelier « premiers pas sur smartphone »",
                            "J’ai un déroulé testé avec des seniors sur quatre séances : je vous le présente et on l’adapte à votre public.",
                            List.of("smartphone", "seniors"),
                            "EPN du Blosne, Rennes",
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
                            "Je démarre des ateliers emploi à la médiathèque et cherche quelqu’un qui en anime déjà pour m’aider à construire la première séance.",
                            List.of("emploi", "démarches en ligne"),
                            "Médiathèque de Lorient",
                            true,
                            120),
                    new DemoOffer(
                            "julien",
                            "REQUEST",
                            "Configurer une flotte de tablettes prêtées",
                            "Nous prêtons dix tablettes à des familles : comment les réinitialiser proprement entre deux prêts ?",
                            List.of("tablette", "matériel"),
                            "Tiers-lieu La Fabrique, Nantes",
                            false,
                            60),
                    new DemoOffer(
                            "sophie",
                            "OFFER",
                            "Accompagner une première démarche sur France Connect",
                            "Je peux animer avec vous une permanence de démarches en ligne et montrer comment j’explique France Connect.",
                            List.of("FranceConnect", "démarches en ligne"),
                            "Centre social des Tilleuls, Lyon",
                            false,
                            60));

    static final List<DemoPayment> PAYMENTS =
            List.of(
                    new DemoPayment(
                            "nadia",
                            "camille",
                            90,
                            "Merci pour le déroulé de l’atelier smartphone !"),
                    new DemoPayment("julien", "karim", 45, "Relecture de la fiche du tiers-lieu"),
                    new DemoPayment(
                            "julien", "sophie", 180, "Deux permanences France Connect co-animées"));

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
        for (DemoOffer demo : OFFERS) {
            Caller author = caller(context, demo.author());
            if (author != null) {
                offers.publish(
                        author,
                        new OfferService.OfferDraft(
                                demo.kind(),
                                demo.title(),
                                demo.description(),
                                demo.tags(),
                                demo.place(),
                                demo.online(),
                                demo.minutes()));
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
        ledger.bound(admin, sophie.accountId(), -600L, 120L);
        int n = 0;
        for (DemoPayment demo : PAYMENTS) {
            Caller payer = caller(context, demo.payer());
            Caller receiver = caller(context, demo.receiver());
            if (payer != null && receiver != null) {
                ledger.pay(
                        payer,
                        new PayHours(
                                receiver.accountId(),
                                demo.minutes(),
                                demo.memo(),
                                null,
                                "demo-" + n++));
            }
        }
        Caller nadia = caller(context, "nadia");
        if (nadia != null) {
            ledger.grant(admin, nadia.accountId(), 30L, "Bienvenue dans la banque de temps");
        }
    }

    private static Caller caller(DemoContext context, String key) {
        return context.id("member:" + key)
                .map(id -> new Caller(id, key, Set.of(Caller.MEMBER)))
                .orElse(null);
    }
}
