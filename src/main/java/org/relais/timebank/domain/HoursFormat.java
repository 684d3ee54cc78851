package org.relais.timebank.domain;

/**
 * How an amount of time reads on every page and in every mail: {@code 3 h 15}, {@code 3 h}, {@code
 * 45 min}, {@code −2 h 30}. The ledger counts whole minutes; hours and minutes are only how people
 * say them.
 */
public final class HoursFormat {
    /** The typographic minus, which screen readers announce as "moins". */
    static final String MINUS = "\u2212";

    private HoursFormat() {}

    public static String format(long minutes) {
        String sign = minutes < 0 ? MINUS : "";
        long magnitude = Math.abs(minutes);
        long hours = magnitude / 60;
        long rest = magnitude % 60;
        if (hours == 0 && rest != 0) {
            return sign + rest + " min";
        }
        if (rest == 0) {
            return sign + hours + " h";
        }
        return sign + hours + " h " + (rest < 10 ? "0" + rest : Long.toString(rest));
    }

    /**
     * The amount given as hours and minutes in a form.
     *
     * @throws IllegalArgumentException when a part is negative or the minutes are 60 or more
     */
    public static long minutes(long hours, long minutes) {
        if (hours < 0 || minutes < 0 || minutes >= 60) {
            throw new IllegalArgumentException("hours >= 0 and 0 <= minutes < 60");
        }
        return Math.addExact(Math.multiplyExact(hours, 60), minutes);
    }
}
