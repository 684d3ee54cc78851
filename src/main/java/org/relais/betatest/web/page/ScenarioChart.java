package org.relais.betatest.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relais.betatest.domain.CallResults;

/**
 * Per scenario, one horizontal bar split into passed, failed and blocked, drawn as SVG on the
 * server: no script is needed, each segment carries its count as text (not colour alone), and the
 * page gives the same figures as a table.
 */
public record ScenarioChart(List<Row> rows, int width, int height) {
    static final int WIDTH = 640;
    static final int LABEL = 220;
    static final int ROW = 34;
    static final int BAR = 22;

    /** One scenario's bar: where each segment starts and how wide it is. */
    public record Row(
            String title, double y, double textY, Segment pass, Segment fail, Segment blocked) {}

    /** A part of a bar; {@code width} 0 when the count is 0. */
    public record Segment(int count, String x, String width, String textX) {}

    public static ScenarioChart of(CallResults results) {
        List<Row> rows = new ArrayList<>();
        double barWidth = WIDTH - LABEL - 10.0;
        int index = 0;
        for (CallResults.ScenarioCounts counts : results.scenarios()) {
            double y = 10 + index * ROW;
            double unit = counts.total() == 0 ? 0 : barWidth / counts.total();
            double x = LABEL;
            Segment pass = segment(counts.pass(), x, unit);
            x += counts.pass() * unit;
            Segment fail = segment(counts.fail(), x, unit);
            x += counts.fail() * unit;
            Segment blocked = segment(counts.blocked(), x, unit);
            rows.add(new Row(counts.title(), y, y + BAR * 0.7, pass, fail, blocked));
            index++;
        }
        return new ScenarioChart(rows, WIDTH, 20 + index * ROW);
    }

    private static Segment segment(int count, double x, double unit) {
        double width = count * unit;
        return new Segment(count, format(x), format(width), format(x + width / 2));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
