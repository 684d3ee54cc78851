package org.relais.timebank.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relais.timebank.domain.HoursFormat;

/**
 * The balance over time as an SVG polyline drawn on the server: one point per entry, oldest on the
 * left, with the zero line and the bounds as reference lines. No script is needed to read it, and
 * the page gives the same figures as a table for screen readers.
 */
public record BalanceChart(
        String points, double zeroY, String top, String bottom, int width, int height) {
    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    static final int MARGIN = 10;

    /** The chart of balances given oldest first; null when there are fewer than two. */
    public static BalanceChart of(List<Long> balances, long floor, long ceiling) {
        if (balances.size() < 2) {
            return null;
        }
        long max = Math.max(0, balances.stream().mapToLong(Long::longValue).max().orElse(0));
        long min = Math.min(0, balances.stream().mapToLong(Long::longValue).min().orElse(0));
        max = Math.max(max, Math.min(ceiling, max + 60));
        min = Math.min(min, Math.max(floor, min - 60));
        double span = Math.max(1, max - min);
        List<String> points = new ArrayList<>();
        double step = (WIDTH - 2.0 * MARGIN) / (balances.size() - 1);
        for (int i = 0; i < balances.size(); i++) {
            double x = MARGIN + i * step;
            points.add(format(x) + "," + format(y(balances.get(i), max, span)));
        }
        return new BalanceChart(
                String.join(" ", points),
                y(0, max, span),
                HoursFormat.format(max),
                HoursFormat.format(min),
                WIDTH,
                HEIGHT);
    }

    private static double y(long balance, long max, double span) {
        return MARGIN + (max - balance) / span * (HEIGHT - 2.0 * MARGIN);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
