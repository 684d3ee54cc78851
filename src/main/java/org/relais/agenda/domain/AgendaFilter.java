package org.relais.agenda.domain;

/**
 * What a list of the agenda is narrowed to; null means any. {@code online} keeps only events that
 * can be followed online (online or hybrid).
 */
public record AgendaFilter(String placeId, String tag, String region, boolean online) {
    public static final AgendaFilter ALL = new AgendaFilter(null, null, null, false);
}
