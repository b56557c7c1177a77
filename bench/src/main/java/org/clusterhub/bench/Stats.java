package org.clusterhub.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds, with the percentiles the report prints. */
final class Stats {

    private long[] samples = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized void addAll(Stats other) {
        long[] theirs = other.snapshot();
        for (long value : theirs) {
            add(value);
        }
    }

    synchronized int count() {
        return size;
    }

    synchronized long[] snapshot() {
        return Arrays.copyOf(samples, size);
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentileMs(double percentile) {
        long[] sorted = snapshot();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double maxMs() {
        return percentileMs(100);
    }

    static String ms(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value < 1) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
        if (value < 100) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }

    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
