package org.relais.forum.domain;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line difference between two texts (longest common subsequence), for edit history. */
public final class LineDiff {
    private LineDiff() {}

    /** One line of the difference: kept, added or removed. */
    public record Line(Op op, String text) {
        public String symbol() {
            return switch (op) {
                case KEPT -> " ";
                case ADDED -> "+";
                case REMOVED -> "-";
            };
        }
    }

    public enum Op {
        KEPT,
        ADDED,
        REMOVED
    }

    public static List<Line> between(String before, String after) {
        String[] a = before.split("\r?\n", -1);
        String[] b = after.split("\r?\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] =
                        a[i].equals(b[j])
                                ? common[i + 1][j + 1] + 1
                                : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new Line(Op.KEPT, a[i]));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Op.REMOVED, a[i++]));
            } else {
                lines.add(new Line(Op.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new Line(Op.REMOVED, a[i++]));
        }
        while (j < b.length) {
            lines.add(new Line(Op.ADDED, b[j++]));
        }
        return lines;
    }
}
