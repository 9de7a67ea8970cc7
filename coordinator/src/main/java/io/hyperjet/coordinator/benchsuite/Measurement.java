package io.hyperjet.coordinator.benchsuite;

import java.util.Arrays;

/**
 * The median and spread of repeated measurements of one quantity.
 *
 * @param median      the median.
 * @param min         the smallest value.
 * @param max         the largest value.
 * @param repetitions how many values.
 * @param unit        e.g. {@code ms} or {@code MiB}.
 */
public record Measurement(double median, double min, double max, int repetitions, String unit)
{
    /**
     * Summarises values.
     *
     * @param values at least one value; not modified.
     * @param unit   their unit.
     * @return median, min, max.
     */
    public static Measurement of(final double[] values, final String unit)
    {
        final double[] sorted = values.clone();
        Arrays.sort(sorted);
        final int n = sorted.length;
        final double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return new Measurement(median, sorted[0], sorted[n - 1], n, unit);
    }

    /**
     * The median with the spread, e.g. {@code 12.3 ms (11.9-13.0)}.
     *
     * @return the text.
     */
    public String text()
    {
        if (1 == repetitions)
        {
            return format(median) + " " + unit;
        }
        return format(median) + " " + unit + " (" + format(min) + "-" + format(max) + ")";
    }

    static String format(final double value)
    {
        final double abs = Math.abs(value);
        if (abs >= 100)
        {
            return String.format("%,.0f", value);
        }
        if (abs >= 10)
        {
            return String.format("%.1f", value);
        }
        return String.format("%.2f", value);
    }
}
