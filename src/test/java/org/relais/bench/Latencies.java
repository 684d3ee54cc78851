package org.relais.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Response times of one measurement, in nanoseconds; percentiles by nearest rank. */
final class Latencies {
    private long[] samples = new long[64];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    /** Runs the call, records how long it took and returns its result. */
    <T> T time(Callable<T> call) {
        long start = System.nanoTime();
        try {
            T result = call.call();
            add(System.nanoTime() - start);
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized int count() {
        return count;
    }

    /** The percentile in milliseconds (p in 0–100). */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p99() {
        return percentileMillis(99);
    }
}
