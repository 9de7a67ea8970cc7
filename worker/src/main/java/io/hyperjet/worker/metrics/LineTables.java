package io.hyperjet.worker.metrics;

import io.hyperjet.worker.backtest.Trade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the per-line tables of backtest-semantics.md 7.6 (per pair, per enter tag, per exit reason, mixed tags,
 * left open trades) from a result. Lines are sorted by {@code profit_total_abs} descending (stable) and end with
 * a TOTAL line.
 * <p>
 * Not thread-safe: holds scratch arrays reused across calls.
 */
public final class LineTables
{
    /** Key of the closing line of every table. */
    public static final String TOTAL = "TOTAL";
    static final String FORCE_EXIT = "force_exit";

    private double[] ratios = new double[0];
    private double[] abs = new double[0];
    private double[] durations = new double[0];
    private int[] all = new int[0];

    /**
     * One line over the trades at the given indices (in result order).
     *
     * @param key     the line key.
     * @param columns the trade columns.
     * @param idx     trade indices.
     * @param count   number of indices used.
     * @param start   starting balance.
     * @return a new line.
     */
    public StatsLine line(final String key, final TradeColumns columns, final int[] idx, final int count,
        final double start)
    {
        ensure(count);
        final double[] ratio = columns.profitRatio();
        final double[] profit = columns.profitAbs();
        final double[] duration = columns.durationMinutes();
        int wins = 0;
        int draws = 0;
        int losses = 0;
        for (int i = 0; i < count; i++)
        {
            final int t = idx[i];
            ratios[i] = ratio[t];
            abs[i] = profit[t];
            durations[i] = duration[t];
            if (profit[t] > 0.0)
            {
                wins++;
            }
            else if (profit[t] == 0.0)
            {
                draws++;
            }
            else if (profit[t] < 0.0)
            {
                losses++;
            }
        }
        final StatsLine line = new StatsLine();
        line.key = key;
        line.trades = count;
        final double profitSum = PyMath.sum(ratios, 0, count);
        line.profitMean = count > 0 ? profitSum / count : 0.0;
        line.profitMeanPct = count > 0 ? PyMath.roundNp(line.profitMean * 100.0, 2) : 0.0;
        line.profitSum = profitSum;
        line.profitSumPct = PyMath.roundNp(profitSum * 100.0, 2);
        line.profitTotalAbs = PyMath.sum(abs, 0, count);
        line.profitTotal = line.profitTotalAbs / start;
        line.profitTotalPct = PyMath.roundNp(line.profitTotal * 100.0, 2);
        line.durationAvg = count > 0 ?
            DurationText.ofMinutes(DurationText.roundMinutes(PyMath.sum(durations, 0, count) / count)) :
            DurationText.EMPTY_LINE;
        line.wins = wins;
        line.draws = draws;
        line.losses = losses;
        line.winrate = count > 0 ? (double)wins / count : 0.0;
        return line;
    }

    /**
     * The TOTAL line over every trade.
     *
     * @param columns the trade columns.
     * @param start   starting balance.
     * @return a new line keyed TOTAL.
     */
    public StatsLine total(final TradeColumns columns, final double start)
    {
        final int n = columns.count();
        if (all.length < n)
        {
            all = new int[Math.max(n, all.length * 2)];
            for (int i = 0; i < all.length; i++)
            {
                all[i] = i;
            }
        }
        return line(TOTAL, columns, all, n, start);
    }

    /**
     * {@code results_per_pair}: every pair of the pair list (with or without trades), then TOTAL.
     *
     * @param trades   the trades.
     * @param columns  the same trades as columns.
     * @param pairlist pairs with loaded data.
     * @param start    starting balance.
     * @param forceExitOnly true for {@code left_open_trades}: only force-exited trades, only pairs having some.
     * @return the lines.
     */
    public List<StatsLine> perPair(final List<Trade> trades, final TradeColumns columns, final List<String> pairlist,
        final double start, final boolean forceExitOnly)
    {
        final Map<String, IntList> groups = new HashMap<>();
        final IntList selected = new IntList();
        for (int i = 0; i < trades.size(); i++)
        {
            final Trade t = trades.get(i);
            if (!forceExitOnly || FORCE_EXIT.equals(t.exitReason))
            {
                groups.computeIfAbsent(t.pair, k -> new IntList()).add(i);
                selected.add(i);
            }
        }
        final List<StatsLine> lines = new ArrayList<>(pairlist.size() + 1);
        final IntList none = new IntList();
        for (final String pair : pairlist)
        {
            final IntList g = groups.getOrDefault(pair, none);
            if (!forceExitOnly || g.size() > 0)
            {
                lines.add(line(pair, columns, g.values(), g.size(), start));
            }
        }
        sortDescending(lines);
        lines.add(line(TOTAL, columns, selected.values(), selected.size(), start));
        return lines;
    }

    /**
     * A tag table ({@code results_per_enter_tag} or {@code exit_reason_summary}): one line per non-null tag in
     * ascending tag order, sorted by profit, then TOTAL.
     *
     * @param trades    the trades.
     * @param columns   the same trades as columns.
     * @param start     starting balance.
     * @param enterTags true for enter tags, false for exit reasons.
     * @return the lines.
     */
    public List<StatsLine> perTag(final List<Trade> trades, final TradeColumns columns, final double start,
        final boolean enterTags)
    {
        final TreeMap<String, IntList> groups = new TreeMap<>();
        for (int i = 0; i < trades.size(); i++)
        {
            final Trade t = trades.get(i);
            final String tag = enterTags ? t.enterTag : t.exitReason;
            if (tag != null)
            {
                groups.computeIfAbsent(tag, k -> new IntList()).add(i);
            }
        }
        final List<StatsLine> lines = new ArrayList<>(groups.size() + 1);
        for (final Map.Entry<String, IntList> e : groups.entrySet())
        {
            lines.add(line(e.getKey(), columns, e.getValue().values(), e.getValue().size(), start));
        }
        sortDescending(lines);
        lines.add(total(columns, start));
        return lines;
    }

    /**
     * {@code mix_tag_stats}: one line per (enter tag, exit reason) pair with both non-null, then TOTAL.
     *
     * @param trades  the trades.
     * @param columns the same trades as columns.
     * @param start   starting balance.
     * @return the lines.
     */
    public List<StatsLine> mixTags(final List<Trade> trades, final TradeColumns columns, final double start)
    {
        final TreeMap<List<String>, IntList> groups = new TreeMap<>(LineTables::compareKeys);
        for (int i = 0; i < trades.size(); i++)
        {
            final Trade t = trades.get(i);
            if (t.enterTag != null && t.exitReason != null)
            {
                groups.computeIfAbsent(Arrays.asList(t.enterTag, t.exitReason), k -> new IntList()).add(i);
            }
        }
        final List<StatsLine> lines = new ArrayList<>(groups.size() + 1);
        for (final Map.Entry<List<String>, IntList> e : groups.entrySet())
        {
            final StatsLine line = line(null, columns, e.getValue().values(), e.getValue().size(), start);
            line.mixKey = e.getKey().toArray(new String[0]);
            lines.add(line);
        }
        sortDescending(lines);
        lines.add(total(columns, start));
        return lines;
    }

    /**
     * The pair line with the highest (or lowest) {@code profit_sum}, first in table order on ties.
     *
     * @param perPair the per-pair table including TOTAL.
     * @param best    true for the best pair, false for the worst.
     * @return the line, or null when the table has no pair line.
     */
    public static StatsLine bestOrWorst(final List<StatsLine> perPair, final boolean best)
    {
        StatsLine chosen = null;
        for (final StatsLine line : perPair)
        {
            if (TOTAL.equals(line.key))
            {
                continue;
            }
            if (chosen == null || (best ? line.profitSum > chosen.profitSum : line.profitSum < chosen.profitSum))
            {
                chosen = line;
            }
        }
        return chosen;
    }

    private static int compareKeys(final List<String> a, final List<String> b)
    {
        final int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }

    private static void sortDescending(final List<StatsLine> lines)
    {
        lines.sort((a, b) -> Double.compare(b.profitTotalAbs, a.profitTotalAbs));
    }

    private void ensure(final int n)
    {
        if (ratios.length < n)
        {
            final int capacity = Math.max(n, ratios.length * 2);
            ratios = new double[capacity];
            abs = new double[capacity];
            durations = new double[capacity];
        }
    }
}
