package io.hyperjet.coordinator.benchsuite;

/**
 * One row of the benchmark table: a measurement with the feature on and off, or why it was not measured.
 *
 * @param feature    the feature name ({@code vectorized}, ...).
 * @param metric     what was measured, e.g. {@code backtest time, all pairs}.
 * @param status     {@link #MEASURED}, {@link #NOT_AVAILABLE} or {@link #INFO}.
 * @param on         with the feature on, or null.
 * @param off        with the feature off (the baseline), or null.
 * @param comparison {@link #SPEEDUP} or {@link #REDUCTION}, or null.
 * @param ratio      speedup (off / on) or memory reduction (1 - on / off); NaN when not measured.
 * @param notes      what else the reader needs: trade counts, fallbacks, limits.
 */
public record FeatureResult(
    String feature,
    String metric,
    String status,
    Measurement on,
    Measurement off,
    String comparison,
    double ratio,
    String notes)
{
    public static final String MEASURED = "measured";
    public static final String NOT_AVAILABLE = "not available";
    public static final String INFO = "info";
    public static final String SPEEDUP = "speedup";
    public static final String REDUCTION = "memory reduction";

    /**
     * A timing row: speedup is the off median over the on median.
     */
    static FeatureResult speedup(
        final String feature, final String metric, final Measurement on, final Measurement off, final String notes)
    {
        return new FeatureResult(feature, metric, MEASURED, on, off, SPEEDUP, off.median() / on.median(), notes);
    }

    /**
     * A memory row: reduction is 1 - on median / off median.
     */
    static FeatureResult reduction(
        final String feature, final String metric, final Measurement on, final Measurement off, final String notes)
    {
        return new FeatureResult(feature, metric, MEASURED, on, off, REDUCTION, 1.0 - on.median() / off.median(),
            notes);
    }

    static FeatureResult notAvailable(final String feature, final String metric, final String notes)
    {
        return new FeatureResult(feature, metric, NOT_AVAILABLE, null, null, null, Double.NaN, notes);
    }

    static FeatureResult info(final String feature, final String metric, final String notes)
    {
        return new FeatureResult(feature, metric, INFO, null, null, null, Double.NaN, notes);
    }

    /**
     * The result column: {@code 12.3x faster}, {@code 71.2% less memory}, or the status.
     *
     * @return the text.
     */
    public String resultText()
    {
        if (SPEEDUP.equals(comparison))
        {
            return ratio >= 1 ? Measurement.format(ratio) + "x faster" : Measurement.format(ratio) + "x (slower)";
        }
        if (REDUCTION.equals(comparison))
        {
            return ratio >= 0 ? String.format("%.1f%% less memory", ratio * 100) :
                String.format("%.1f%% more memory", -ratio * 100);
        }
        return status;
    }
}
