package io.hyperjet.coordinator.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Freqtrade's generated roi, stoploss, trailing and trades spaces and the rules that turn their values into
 * settings (backtest-semantics.md 8.2 and 8.3). Stateless.
 */
public final class FreqtradeSpaces
{
    public static final String ROI_T1 = "roi_t1";
    public static final String ROI_T2 = "roi_t2";
    public static final String ROI_T3 = "roi_t3";
    public static final String ROI_P1 = "roi_p1";
    public static final String ROI_P2 = "roi_p2";
    public static final String ROI_P3 = "roi_p3";
    public static final String STOPLOSS = "stoploss";
    public static final String TRAILING_STOP = "trailing_stop";
    public static final String TRAILING_STOP_POSITIVE = "trailing_stop_positive";
    public static final String TRAILING_STOP_POSITIVE_OFFSET_P1 = "trailing_stop_positive_offset_p1";
    public static final String TRAILING_ONLY_OFFSET_IS_REACHED = "trailing_only_offset_is_reached";
    public static final String MAX_OPEN_TRADES = "max_open_trades";

    private FreqtradeSpaces()
    {
    }

    /**
     * The roi space for a timeframe: t1..t3 scale with the timeframe, p1..p3 with ln(1 + m) / ln(6).
     *
     * @param timeframeMinutes timeframe length in minutes.
     * @return roi_t1, roi_t2, roi_t3, roi_p1, roi_p2, roi_p3.
     */
    public static List<Dimension> roi(final int timeframeMinutes)
    {
        final double s = timeframeMinutes / 5.0;
        final double kp = StrictMath.log(1 + timeframeMinutes) / StrictMath.log(6);
        return List.of(
            Dimension.integer(ROI_T1, (long)(10 * s), (long)(120 * s)),
            Dimension.integer(ROI_T2, (long)(10 * s), (long)(60 * s)),
            Dimension.integer(ROI_T3, (long)(10 * s), (long)(40 * s)),
            Dimension.decimal(ROI_P1, 0.01 * kp, 0.04 * kp, 3),
            Dimension.decimal(ROI_P2, 0.01 * kp, 0.07 * kp, 3),
            Dimension.decimal(ROI_P3, 0.01 * kp, 0.20 * kp, 3));
    }

    /**
     * The minimal_roi table {0: p1+p2+p3, t3: p1+p2, t3+t2: p1, t3+t2+t1: 0}, with plain double sums.
     *
     * @return minutes to roi, in ascending minutes (the order Freqtrade writes).
     */
    public static Map<Integer, Double> roiTable(
        final int t1, final int t2, final int t3, final double p1, final double p2, final double p3)
    {
        final Map<Integer, Double> table = new LinkedHashMap<>();
        table.put(0, p1 + p2 + p3);
        table.put(t3, p1 + p2);
        table.put(t3 + t2, p1);
        table.put(t3 + t2 + t1, 0.0);
        return table;
    }

    /**
     * {@link #roiTable(int, int, int, double, double, double)} from the typed values of a point.
     *
     * @param values dimension name to value, holding the six roi dimensions.
     * @return the table.
     */
    public static Map<Integer, Double> roiTable(final Map<String, Object> values)
    {
        return roiTable(
            ((Number)values.get(ROI_T1)).intValue(),
            ((Number)values.get(ROI_T2)).intValue(),
            ((Number)values.get(ROI_T3)).intValue(),
            ((Number)values.get(ROI_P1)).doubleValue(),
            ((Number)values.get(ROI_P2)).doubleValue(),
            ((Number)values.get(ROI_P3)).doubleValue());
    }

    /**
     * @return the stoploss space: Decimal(-0.35, -0.02, 3).
     */
    public static List<Dimension> stoploss()
    {
        return List.of(Dimension.decimal(STOPLOSS, -0.35, -0.02, 3));
    }

    /**
     * @return the trailing space: trailing_stop (always true), trailing_stop_positive,
     * trailing_stop_positive_offset_p1, trailing_only_offset_is_reached.
     */
    public static List<Dimension> trailing()
    {
        return List.of(
            Dimension.categorical(TRAILING_STOP, List.of(Boolean.TRUE)),
            Dimension.decimal(TRAILING_STOP_POSITIVE, 0.01, 0.35, 3),
            Dimension.decimal(TRAILING_STOP_POSITIVE_OFFSET_P1, 0.001, 0.1, 3),
            Dimension.categorical(TRAILING_ONLY_OFFSET_IS_REACHED, List.of(Boolean.TRUE, Boolean.FALSE)));
    }

    /**
     * @return the applied trailing_stop_positive_offset: positive + offset_p1, an unrounded double sum.
     */
    public static double trailingStopPositiveOffset(final double trailingStopPositive, final double offsetP1)
    {
        return trailingStopPositive + offsetP1;
    }

    /**
     * @return the trades space: max_open_trades = Integer(-1, 10).
     */
    public static List<Dimension> trades()
    {
        return List.of(Dimension.integer(MAX_OPEN_TRADES, -1, 10));
    }

    /**
     * The max_open_trades an epoch runs with: -1 and 0 mean unlimited (+infinity), except with
     * {@code stake_amount == "unlimited"}, where they fall back to the config's max_open_trades.
     *
     * @param epochValue              the sampled value, -1 to 10.
     * @param stakeAmountUnlimited    whether the config's stake_amount is "unlimited".
     * @param configMaxOpenTrades     the config's max_open_trades (may itself be infinite).
     * @return the value to write back into the config; {@link Double#POSITIVE_INFINITY} for unlimited.
     */
    public static double maxOpenTrades(
        final int epochValue, final boolean stakeAmountUnlimited, final double configMaxOpenTrades)
    {
        if (epochValue == -1 || epochValue == 0)
        {
            return stakeAmountUnlimited ? configMaxOpenTrades : Double.POSITIVE_INFINITY;
        }
        return epochValue;
    }
}
