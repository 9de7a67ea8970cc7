package io.hyperjet.worker.metrics;

import io.hyperjet.worker.backtest.Trade;

import java.util.List;

/**
 * Computes {@link StrategyStats} from a result (backtest-semantics.md 7). Reuses its columns and scratch arrays,
 * so keep one per thread.
 * <p>
 * Not thread-safe.
 */
public final class StatsCalculator
{
    private final TradeColumns columns = new TradeColumns();
    private final Drawdown drawdown = new Drawdown();
    private final DrawdownResult absolute = new DrawdownResult();
    private final DrawdownResult relative = new DrawdownResult();
    private final Ratios ratios = new Ratios();
    private final LineTables tables = new LineTables();
    private final WinLoss winLoss = new WinLoss();
    private double[] gather = new double[0];
    private double[] scratch = new double[0];

    /**
     * Compute every metric of a result.
     *
     * @param trades closed trades in result order (kept by reference in the stats).
     * @param ctx    the run context.
     * @return new stats.
     */
    public StrategyStats compute(final List<Trade> trades, final MetricsContext ctx)
    {
        // the summary's steps (totals, trade stats, drawdowns) read only the trade columns and write their own
        // fields, so running them first leaves every figure as it was
        final StrategyStats s = summary(trades, ctx);
        final int n = s.totalTrades;
        final double start = ctx.startingBalance();
        totalDetails(s, start);
        tradeDetails(s);
        drawdownDetails(s, start);
        s.backtestDays = Ratios.backtestDays(ctx.minDateMs(), ctx.maxDateMs());
        s.tradesPerDay = PyMath.roundPy((double)n / s.backtestDays, 2);
        s.cagr = Ratios.cagr(s.backtestDays, start, s.finalBalance);
        expectancy(s);
        s.sharpe = ratios.sharpe(columns, ctx.minDateMs(), ctx.maxDateMs(), start);
        s.sortino = ratios.sortino(columns, ctx.minDateMs(), ctx.maxDateMs(), start);
        s.calmar = Ratios.calmar(columns, ctx.minDateMs(), ctx.maxDateMs(), start,
            absolute.found() ? absolute.relativeAccountDrawdown() : 0.0);
        s.daily = DailyStats.of(columns);
        s.resultsPerPair = tables.perPair(trades, columns, ctx.pairlist(), start, false);
        s.leftOpenTrades = tables.perPair(trades, columns, ctx.pairlist(), start, true);
        s.resultsPerEnterTag = tables.perTag(trades, columns, start, true);
        s.exitReasonSummary = tables.perTag(trades, columns, start, false);
        s.mixTagStats = tables.mixTags(trades, columns, start);
        s.bestPair = LineTables.bestOrWorst(s.resultsPerPair, true);
        s.worstPair = LineTables.bestOrWorst(s.resultsPerPair, false);
        if (ctx.periodicBreakdown())
        {
            s.periodicBreakdown = StrategyStats.newBreakdown();
            for (final PeriodicBreakdown.Period p : PeriodicBreakdown.Period.values())
            {
                s.periodicBreakdown.put(p, PeriodicBreakdown.of(columns, p));
            }
        }
        return s;
    }

    /**
     * Compute only what a hyperopt epoch reports when its full results are not asked for ({@code EpochFigures}):
     * trade counts, profit mean, median and totals, win/draw/loss counts, the average holding time and the drawdown,
     * by the same code as {@link #compute}, so the figures are identical. Every other figure (volumes, long/short
     * profits, final balance, streaks, winner/loser holding times, drawdown dates, cumulative extremes, ratios, daily
     * figures, the per-line tables) is left unset: most epochs carry only these figures, and this runs every epoch.
     *
     * @param trades closed trades in result order (kept by reference in the stats).
     * @param ctx    the run context.
     * @return new stats with the summary figures set.
     */
    public StrategyStats summary(final List<Trade> trades, final MetricsContext ctx)
    {
        columns.fill(trades);
        final int n = columns.count();
        ensure(n);
        final double start = ctx.startingBalance();
        final StrategyStats s = new StrategyStats();
        s.trades = trades;
        s.context = ctx;
        s.totalTrades = n;
        totals(s, start);
        tradeStats(s);
        drawdowns(s, start);
        return s;
    }

    private void totals(final StrategyStats s, final double start)
    {
        final int n = columns.count();
        final boolean[] isShort = columns.isShort();
        s.profitMean = n > 0 ? PyMath.mean(columns.profitRatio(), n) : 0.0;
        s.profitMedian = n > 0 ? PyMath.median(columns.profitRatio(), n, scratch) : 0.0;
        s.profitTotalAbs = PyMath.sum(columns.profitAbs(), 0, n);
        s.profitTotal = s.profitTotalAbs / start;
        int shorts = 0;
        for (int i = 0; i < n; i++)
        {
            shorts += isShort[i] ? 1 : 0;
        }
        s.tradeCountLong = n - shorts;
        s.tradeCountShort = shorts;
    }

    /** The totals {@link #summary} leaves out. */
    private void totalDetails(final StrategyStats s, final double start)
    {
        final int n = columns.count();
        final double[] profit = columns.profitAbs();
        final boolean[] isShort = columns.isShort();
        s.totalVolume = PyMath.sum(columns.stakeAmount(), 0, n);
        s.avgStakeAmount = n > 0 ? s.totalVolume / n : 0.0;
        int longs = 0;
        for (int i = 0; i < n; i++)
        {
            if (!isShort[i])
            {
                gather[longs++] = profit[i];
            }
        }
        s.profitTotalLongAbs = PyMath.sum(gather, 0, longs);
        int shorts = 0;
        for (int i = 0; i < n; i++)
        {
            if (isShort[i])
            {
                gather[shorts++] = profit[i];
            }
        }
        s.profitTotalShortAbs = PyMath.sum(gather, 0, shorts);
        s.profitTotalLong = s.profitTotalLongAbs / start;
        s.profitTotalShort = s.profitTotalShortAbs / start;
        double balance = 0.0;
        for (int i = 0; i < n; i++)
        {
            balance += profit[i];
        }
        s.finalBalance = start + balance;
    }

    private void expectancy(final StrategyStats s)
    {
        winLoss.of(columns);
        s.expectancy = winLoss.expectancy();
        s.expectancyRatio = winLoss.expectancyRatio();
        s.profitFactor = winLoss.profitFactor();
    }

    private void tradeStats(final StrategyStats s)
    {
        final int n = columns.count();
        final double[] ratio = columns.profitRatio();
        int wins = 0;
        int draws = 0;
        int losses = 0;
        for (int i = 0; i < n; i++)
        {
            if (ratio[i] > 0.0)
            {
                wins++;
            }
            else if (ratio[i] == 0.0)
            {
                draws++;
            }
            else if (ratio[i] < 0.0)
            {
                losses++;
            }
        }
        s.wins = wins;
        s.draws = draws;
        s.losses = losses;
        s.holdingAvgMinutes = n > 0 ? DurationText.roundMinutes(PyMath.mean(columns.durationMinutes(), n)) : 0L;
    }

    /** The trade figures {@link #summary} leaves out: streaks, win rate, winner and loser holding times. */
    private void tradeDetails(final StrategyStats s)
    {
        final int n = columns.count();
        final double[] ratio = columns.profitRatio();
        final double[] duration = columns.durationMinutes();
        int wins = 0;
        int losses = 0;
        int run = 0;
        boolean runIsWin = false;
        for (int i = 0; i < n; i++)
        {
            final boolean win = ratio[i] > 0.0;
            if (win)
            {
                gather[wins++] = duration[i];
            }
            else if (ratio[i] < 0.0)
            {
                scratch[losses++] = duration[i];
            }
            run = (i > 0 && win == runIsWin) ? run + 1 : 1;
            runIsWin = win;
            if (win)
            {
                s.maxConsecutiveWins = Math.max(s.maxConsecutiveWins, run);
            }
            else
            {
                s.maxConsecutiveLosses = Math.max(s.maxConsecutiveLosses, run);
            }
        }
        s.winrate = n > 0 ? (double)wins / n : 0.0;
        s.winnerHoldingAvgMinutes = wins > 0 ? DurationText.roundMinutes(PyMath.mean(gather, wins)) : 0L;
        s.loserHoldingAvgMinutes = losses > 0 ? DurationText.roundMinutes(PyMath.mean(scratch, losses)) : 0L;
    }

    private void drawdowns(final StrategyStats s, final double start)
    {
        final boolean absFound = drawdown.compute(columns, start, false, absolute);
        final boolean relFound = drawdown.compute(columns, start, true, relative);
        s.hasDrawdown = absFound && relFound;
        if (!s.hasDrawdown)
        {
            return;
        }
        s.maxDrawdownAccount = absolute.relativeAccountDrawdown();
        s.maxDrawdownAbs = absolute.drawdownAbs();
    }

    /** The drawdown figures {@link #summary} leaves out, from its drawdowns; the cumulative profit's extremes. */
    private void drawdownDetails(final StrategyStats s, final double start)
    {
        if (s.hasDrawdown)
        {
            s.maxRelativeDrawdown = relative.relativeAccountDrawdown();
            s.maxDrawdownLow = absolute.lowValue();
            s.maxDrawdownHigh = absolute.highValue();
            s.drawdownStartMs = absolute.highDateMs();
            s.drawdownEndMs = absolute.lowDateMs();
            final double[] profit = columns.profitAbs();
            double running = 0.0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < columns.count(); i++)
            {
                running += profit[i];
                min = Math.min(min, running);
                max = Math.max(max, running);
            }
            s.csumMin = min + start;
            s.csumMax = max + start;
        }
    }

    private void ensure(final int n)
    {
        if (gather.length < n)
        {
            gather = new double[Math.max(n, gather.length * 2)];
            scratch = new double[gather.length];
        }
    }
}
