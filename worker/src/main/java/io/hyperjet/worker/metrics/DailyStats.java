package io.hyperjet.worker.metrics;

/**
 * Daily profit series by UTC calendar day of the close date, empty days included (backtest-semantics.md 7.4).
 * Sums within a day follow pandas' resample (compensated, in close order); {@code daily_profit} is then rounded
 * to 10 decimals the NumPy way.
 */
public final class DailyStats
{
    static final long DAY_MS = 86_400_000L;

    /** First day as epoch day (days since 1970-01-01). */
    public long firstEpochDay;
    /** Number of days from the first to the last close day, inclusive; 0 without trades. */
    public int dayCount;
    /** Per day: round(Σ profit_abs, 10). */
    public double[] profitAbs = new double[0];
    /** Per day: Σ profit_ratio. */
    public double[] profitRel = new double[0];
    public double bestDay;
    public double worstDay;
    public double bestDayAbs;
    public double worstDayAbs;
    public int winningDays;
    public int drawDays;
    public int losingDays;

    /**
     * Compute the series.
     *
     * @param columns the trades.
     * @return a new instance.
     */
    public static DailyStats of(final TradeColumns columns)
    {
        final DailyStats s = new DailyStats();
        final int n = columns.count();
        if (n == 0)
        {
            return s;
        }
        final int[] order = columns.closeOrder();
        final long[] close = columns.closeTimeMs();
        s.firstEpochDay = Math.floorDiv(close[order[0]], DAY_MS);
        final long lastDay = Math.floorDiv(close[order[n - 1]], DAY_MS);
        s.dayCount = (int)(lastDay - s.firstEpochDay + 1);
        s.profitAbs = new double[s.dayCount];
        s.profitRel = new double[s.dayCount];
        int from = 0;
        while (from < n)
        {
            final long day = Math.floorDiv(close[order[from]], DAY_MS);
            int to = from + 1;
            while (to < n && Math.floorDiv(close[order[to]], DAY_MS) == day)
            {
                to++;
            }
            final int d = (int)(day - s.firstEpochDay);
            s.profitAbs[d] = PyMath.roundNp(PyMath.kahanSum(columns.profitAbs(), order, from, to), 10);
            s.profitRel[d] = PyMath.kahanSum(columns.profitRatio(), order, from, to);
            from = to;
        }
        s.bestDay = Double.NEGATIVE_INFINITY;
        s.worstDay = Double.POSITIVE_INFINITY;
        s.bestDayAbs = Double.NEGATIVE_INFINITY;
        s.worstDayAbs = Double.POSITIVE_INFINITY;
        for (int d = 0; d < s.dayCount; d++)
        {
            s.bestDay = Math.max(s.bestDay, s.profitRel[d]);
            s.worstDay = Math.min(s.worstDay, s.profitRel[d]);
            s.bestDayAbs = Math.max(s.bestDayAbs, s.profitAbs[d]);
            s.worstDayAbs = Math.min(s.worstDayAbs, s.profitAbs[d]);
            if (s.profitAbs[d] > 0.0)
            {
                s.winningDays++;
            }
            else if (s.profitAbs[d] == 0.0)
            {
                s.drawDays++;
            }
            else if (s.profitAbs[d] < 0.0)
            {
                s.losingDays++;
            }
        }
        return s;
    }
}
