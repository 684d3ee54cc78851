package org.relais.bench.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** A CDI bean with a transactional JPA query: what the first request of a real page does. */
@ApplicationScoped
public class Notes {
    @PersistenceContext EntityManager em;

    @Transactional
    public long count() {
        return em.createQuery("select count(n) from Note n", Long.class).getSingleResult();
    }
}
