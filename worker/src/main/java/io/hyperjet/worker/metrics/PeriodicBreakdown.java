package io.hyperjet.worker.metrics;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code periodic_breakdown} of a backtest: profit per day, per week (Tuesday to Monday, labelled with the Monday)
 * and per calendar month (labelled with its last day), empty periods included (backtest-semantics.md 7.4).
 */
public final class PeriodicBreakdown
{
    /** The periods, in the order they are written. */
    public enum Period
    {
        DAY("day"), WEEK("week"), MONTH("month");

        private final String jsonName;

        Period(final String jsonName)
        {
            this.jsonName = jsonName;
        }

        public String jsonName()
        {
            return jsonName;
        }
    }

    private PeriodicBreakdown()
    {
    }

    /**
     * The label (as epoch day) of the period that holds a day.
     *
     * @param period   the period kind.
     * @param epochDay the day.
     * @return the label day.
     */
    public static long label(final Period period, final long epochDay)
    {
        switch (period)
        {
            case WEEK:
                final long dayOfWeek = Math.floorMod(epochDay + 3, 7L); // Monday = 0; 1970-01-01 was a Thursday
                return dayOfWeek == 0 ? epochDay : epochDay + 7 - dayOfWeek;
            case MONTH:
                return LocalDate.ofEpochDay(epochDay).with(TemporalAdjusters.lastDayOfMonth()).toEpochDay();
            default:
                return epochDay;
        }
    }

    private static long next(final Period period, final long label)
    {
        switch (period)
        {
            case WEEK:
                return label + 7;
            case MONTH:
                return LocalDate.ofEpochDay(label + 1).with(TemporalAdjusters.lastDayOfMonth()).toEpochDay();
            default:
                return label + 1;
        }
    }

    /**
     * Entries of one period kind, from the first to the last period with a trade.
     *
     * @param columns the trades.
     * @param period  the period kind.
     * @return the entries (empty without trades).
     */
    public static List<PeriodStats> of(final TradeColumns columns, final Period period)
    {
        final List<PeriodStats> out = new ArrayList<>();
        final int n = columns.count();
        if (n == 0)
        {
            return out;
        }
        final int[] order = columns.closeOrder();
        final long[] close = columns.closeTimeMs();
        final double[] profit = columns.profitAbs();
        long label = label(period, Math.floorDiv(close[order[0]], DailyStats.DAY_MS));
        int from = 0;
        while (from < n)
        {
            int to = from;
            while (to < n && label(period, Math.floorDiv(close[order[to]], DailyStats.DAY_MS)) == label)
            {
                to++;
            }
            final PeriodStats p = new PeriodStats();
            p.labelEpochDay = label;
            p.profitAbs = PyMath.roundNp(PyMath.kahanSum(profit, order, from, to), 10);
            for (int i = from; i < to; i++)
            {
                final double v = profit[order[i]];
                if (v > 0.0)
                {
                    p.wins++;
                }
                else if (v == 0.0)
                {
                    p.draws++;
                }
                else if (v < 0.0)
                {
                    p.loses++;
                }
            }
            final int trades = p.wins + p.draws + p.loses;
            p.winrate = trades > 0 ? (double)p.wins / trades : 0.0;
            out.add(p);
            from = to;
            label = next(period, label);
        }
        return out;
    }
}
