package org.relais.betatest.domain;

import java.util.List;

/** Criterion by criterion, whether an applicant meets what the call asks. */
public record CriteriaMatch(List<Criterion> criteria) {
    /** One criterion the call asks ({@code audiences}, {@code devices}, {@code regions}, …). */
    public record Criterion(String name, boolean met) {}

    public CriteriaMatch {
        criteria = List.copyOf(criteria);
    }

    public long metCount() {
        return criteria.stream().filter(Criterion::met).count();
    }

    public boolean meetsAll() {
        return metCount() == criteria.size();
    }

    /** Met criteria out of those asked, 0 to 100; a call that asks nothing matches everyone. */
    public int percent() {
        return criteria.isEmpty() ? 100 : (int) (metCount() * 100 / criteria.size());
    }
}
