package org.relais.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/** Where and when the benchmark ran: the machine, its load over the run, the commit. */
final class Machine {
    private final String started;
    private final String loadBefore;
    private double maxLoad;
    private String loadAfter;

    private Machine() {
        started =
                OffsetDateTime.now(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        loadBefore = loadAverage();
        sample();
    }

    static Machine now() {
        return new Machine();
    }

    /** Notes the 1-minute load average, to report the highest seen. */
    void sample() {
        String load = loadAverage();
        if (!load.isEmpty()) {
            maxLoad = Math.max(maxLoad, Double.parseDouble(load.split(" ")[0]));
        }
    }

    Machine finish() {
        sample();
        loadAfter = loadAverage();
        return this;
    }

    String started() {
        return started;
    }

    double maxLoad() {
        return maxLoad;
    }

    String description() {
        return Runtime.getRuntime().availableProcessors()
                + " cores, "
                + memory()
                + " RAM, JDK "
                + System.getProperty("java.vm.vendor")
                + " "
                + System.getProperty("java.version")
                + "; load average (1/5/15 min) "
                + loadBefore
                + " before, "
                + loadAfter
                + " after, highest 1-min value seen "
                + maxLoad;
    }

    static String commit() {
        String head = git("rev-parse", "--short", "HEAD");
        return git("status", "--porcelain").isEmpty() ? head : head + " (with uncommitted changes)";
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return Math.round(kb / 1048576.0) + " GB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: say so below
        }
        return "unknown";
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "";
        }
    }

    private static String git(String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            git.waitFor(10, TimeUnit.SECONDS);
            return git.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
