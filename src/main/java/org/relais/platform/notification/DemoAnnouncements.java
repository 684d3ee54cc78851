package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;

/** Two announcements of the demo administrator, so that the bell of every demo member rings. */
@ApplicationScoped
public class DemoAnnouncements implements DemoContributor {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Inject Announcements announcements;

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select count(n) from Notification n", Long.class).getSingleResult()
                == 0;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        context.id("member:admin")
                .ifPresent(
                        admin -> {
                            // the welcome as the directory opened, the reminder this week
                            context.at(
                                    context.ago(98, 9, 0),
                                    () ->
                                            announcements.announce(
                                                    admin,
                                                    new Announcements.Announcement(
                                                            "Bienvenue sur Relais, le réseau de la"
                                                                    + " médiation numérique",
                                                            "/lieux",
                                                            "Référencez votre lieu dans l’annuaire"
                                                                    + " et indiquez que vous y"
                                                                    + " travaillez : les autres"
                                                                    + " médiateurs vous trouveront"
                                                                    + " plus facilement.")));
                            context.at(
                                    context.ago(4, 17, 30),
                                    () ->
                                            announcements.announce(
                                                    admin,
                                                    new Announcements.Announcement(
                                                            "Mise à jour des fiches avant la"
                                                                    + " cartographie régionale",
                                                            "/lieux",
                                                            "La cartographie régionale des lieux"
                                                                    + " d’inclusion numérique reprend"
                                                                    + " les données de l’annuaire :"
                                                                    + " vérifiez vos horaires et vos"
                                                                    + " services avant la fin du"
                                                                    + " mois.")));
                        });
    }
}
