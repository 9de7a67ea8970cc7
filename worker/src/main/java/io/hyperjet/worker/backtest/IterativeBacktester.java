package io.hyperjet.worker.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hyperjet.common.frame.LongColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.protection.ProtectionManager;
import io.hyperjet.worker.signal.Signals;

/**
 * The reference backtester: a direct transcription of the main loop of backtest-semantics.md section 3, visiting
 * every timestamp and every pair. Supports the strategy callbacks and detail candles (3.8). One instance per thread.
 */
public final class IterativeBacktester implements Backtester
{
    private final SimulationWindow window = new SimulationWindow();
    private final TradeRules rules = new TradeRules();
    private final ArrayList<OpenTrade> open = new ArrayList<>();
    private final ArrayList<Trade> closed = new ArrayList<>();
    private final ProtectionManager protections = new ProtectionManager();
    private BacktestSettings settings;
    private List<BacktestPair> pairs;
    private int[] openPerPair = new int[0];
    private double closedProfit;
    private int rejected;
    private int tradeIds;
    private TradeCallbacks callbacks;
    private boolean loopCallback;
    private boolean filledCallback;

    @Override
    public BacktestResult run(
        final BacktestSettings settings, final List<BacktestPair> pairs, final TradeCallbacks callbacks)
    {
        if (!settings.isConcluded())
        {
            throw new IllegalArgumentException("settings not concluded");
        }
        this.settings = settings;
        this.pairs = pairs;
        window.compute(settings, pairs);
        rules.configure(settings, callbacks);
        this.callbacks = callbacks;
        loopCallback = null != callbacks && callbacks.hasBotLoopStart();
        filledCallback = null != callbacks && callbacks.hasOrderFilled();
        tradeIds = 0;
        if (null != callbacks)
        {
            callbacks.runStarts();
        }
        final int n = pairs.size();
        final String[] names = new String[n];
        for (int p = 0; p < n; p++)
        {
            names[p] = pairs.get(p).pair();
        }
        protections.reset(settings.protections(), names, settings.timeframeSeconds());
        open.clear();
        closed.clear();
        closedProfit = 0.0;
        rejected = 0;
        openPerPair = new int[n];
        final int[] next = new int[n];
        for (int p = 0; p < n; p++)
        {
            next[p] = window.trimStart[p] + 1;
        }
        final int[] order = new int[n];
        final boolean[] ordered = new boolean[n];
        final int[] seenOrder = new int[n];
        final boolean[] seen = new boolean[n];
        int seenCount = 0;
        final long tfMs = settings.timeframeMs();
        final long maxDate = window.maxDateMs;
        for (long t = window.minDateMs + tfMs; t <= maxDate; t += tfMs)
        {
            if (loopCallback)
            {
                callbacks.botLoopStart(t);
            }
            final int m = pairOrder(order, ordered, n);
            for (int k = 0; k < m; k++)
            {
                final int p = order[k];
                final int r = next[p];
                if (r >= window.trimEnd[p] || pairs.get(p).frame().date().get(r) > t)
                {
                    continue;
                }
                next[p] = r + 1;
                if (!seen[p])
                {
                    seen[p] = true;
                    seenOrder[seenCount++] = p;
                }
                processPairCandle(p, r, t != maxDate);
            }
        }
        forceExitLeftovers(seenOrder, seenCount);
        if (null != callbacks)
        {
            callbacks.runEnded();
        }
        return new BacktestResult(closed, window.minDateMs, maxDate, rejected, names, window.trimStart,
            window.trimEnd, protections.locks());
    }

    /** Pairs of the open trades in opening order, then every other pair in whitelist order (3.1). */
    private int pairOrder(final int[] order, final boolean[] ordered, final int n)
    {
        Arrays.fill(ordered, false);
        int m = 0;
        for (int i = 0; i < open.size(); i++)
        {
            final int p = open.get(i).pair;
            if (!ordered[p])
            {
                ordered[p] = true;
                order[m++] = p;
            }
        }
        for (int p = 0; p < n; p++)
        {
            if (!ordered[p])
            {
                order[m++] = p;
            }
        }
        return m;
    }

    /**
     * 3.8: while the pair has an open trade or the row has an entry direction, the main candle is replaced by its
     * detail candles ({@code row.date <= d.date < row.date + tf}), each with the main row's signals; entries only on
     * the first of them. Without detail candles for this row the main candle is used.
     */
    private void processPairCandle(final int p, final int r, final boolean canEnter)
    {
        final BacktestPair pair = pairs.get(p);
        final PairFrame detail = pair.detail();
        if (null != detail && (openPerPair[p] > 0 ||
            EntrySignals.direction(pair.signals(), r - 1, settings.shortsEnabled()) != EntrySignals.NONE))
        {
            final LongColumn date = detail.date();
            final int rows = date.rows();
            final long startMs = pair.frame().date().get(r);
            final long endMs = startMs + settings.timeframeMs();
            final int first = SimulationWindow.firstAtOrAfter(date, 0, rows, startMs);
            if (first < rows && date.get(first) < endMs)
            {
                for (int d = first; d < rows && date.get(d) < endMs; d++)
                {
                    processCandle(p, detail, d, r - 1, canEnter && d == first);
                }
                return;
            }
        }
        processCandle(p, pair.frame(), r, r - 1, canEnter);
    }

    /** 3.1's processPairCandle on candle {@code r} of {@code frame} (main or detail) with signal row {@code s}. */
    private void processCandle(final int p, final PairFrame frame, final int r, final int s, final boolean canEnter)
    {
        final BacktestPair pair = pairs.get(p);
        final Signals signals = pair.signals();
        if (canEnter)
        {
            enter(p, r, pair, frame, signals, s);
        }
        final long date = frame.date().get(r);
        final double o = frame.open().get(r);
        final double h = frame.high().get(r);
        final double l = frame.low().get(r);
        final double c = frame.close().get(r);
        for (int i = 0; i < open.size(); )
        {
            final OpenTrade ot = open.get(i);
            if (ot.pair != p)
            {
                i++;
                continue;
            }
            ot.updateMinMax(h, l);
            final boolean isShort = ot.trade.isShort;
            final boolean enterSig = (isShort ? signals.enterShort()[s] : signals.enterLong()[s]) != Signals.UNSET;
            final boolean exitSig = (isShort ? signals.exitShort()[s] : signals.exitLong()[s]) != Signals.UNSET;
            if (rules.evaluate(ot, date, o, h, l, c, enterSig, exitSig, EntrySignals.exitTag(signals, s)))
            {
                rules.close(ot, date, ot.exitPrice, ot.exitReason);
                if (filledCallback)
                {
                    callbacks.orderFilled(ot.trade.pair, ot.trade, false, date);
                }
                open.remove(i);
                openPerPair[p]--;
                closedProfit += ot.trade.profitAbs;
                closed.add(ot.trade);
                protections.onExitFilled(p, date, ot.trade.isShort, ot.trade.profitRatio, ot.trade.exitReason);
            }
            else
            {
                i++;
            }
        }
    }

    private void enter(
        final int p, final int r, final BacktestPair pair, final PairFrame frame, final Signals signals, final int s)
    {
        final int dir = EntrySignals.direction(signals, s, settings.shortsEnabled());
        if (dir == EntrySignals.NONE || (!settings.positionStacking() && openPerPair[p] > 0))
        {
            return;
        }
        if (protections.isLocked(p, frame.date().get(r), dir == EntrySignals.SHORT))
        {
            return;
        }
        final double slots = settings.maxOpenTrades();
        if (!(slots <= 0.0 || open.size() < slots))
        {
            rejected++;
            return;
        }
        double tied = 0.0;
        for (int i = 0; i < open.size(); i++)
        {
            tied += open.get(i).trade.stakeAmount;
        }
        final long time = frame.date().get(r);
        final boolean isShort = dir == EntrySignals.SHORT;
        final String tag = EntrySignals.enterTag(signals, s);
        final double price = null == callbacks ? frame.open().get(r) :
            rules.entryPrice(pair.pair(), time, frame.open().get(r), frame.high().get(r), frame.low().get(r), tag,
                isShort);
        final double available = StakeRules.available(settings, tied, closedProfit);
        double stake = StakeRules.proposed(settings, tied, closedProfit);
        if (stake > 0.0 && null != callbacks && callbacks.hasCustomStakeAmount())
        {
            stake = callbacks.customStakeAmount(pair.pair(), time, price, stake, settings.minStake(), available, tag,
                isShort);
        }
        stake = StakeRules.validate(settings, stake, available);
        if (stake > 0.0)
        {
            if (null != callbacks && callbacks.hasConfirmTradeEntry() &&
                !callbacks.confirmTradeEntry(pair.pair(), stake / price, price, time, tag, isShort))
            {
                return;
            }
            final OpenTrade ot = new OpenTrade();
            ot.trade.id = ++tradeIds;
            rules.open(ot, pair.pair(), p, r, time, price, isShort, stake, tag);
            open.add(ot);
            openPerPair[p]++;
            if (null != callbacks)
            {
                rules.afterEntryFill(ot, time);
                if (filledCallback)
                {
                    callbacks.orderFilled(pair.pair(), ot.trade, true, time);
                }
            }
        }
    }

    /** 3.6: at the open of each pair's own last row, pairs in first-seen order, trades in opening order. */
    private void forceExitLeftovers(final int[] seenOrder, final int seenCount)
    {
        for (int k = 0; k < seenCount; k++)
        {
            final int p = seenOrder[k];
            final PairFrame frame = pairs.get(p).frame();
            final int last = window.trimEnd[p] - 1;
            for (int i = 0; i < open.size(); )
            {
                final OpenTrade ot = open.get(i);
                if (ot.pair != p)
                {
                    i++;
                    continue;
                }
                rules.close(ot, frame.date().get(last), frame.open().get(last), ExitReasons.FORCE_EXIT);
                if (filledCallback)
                {
                    callbacks.orderFilled(ot.trade.pair, ot.trade, false, ot.trade.closeTimeMs);
                }
                open.remove(i);
                closedProfit += ot.trade.profitAbs;
                closed.add(ot.trade);
                protections.onExitFilled(p, ot.trade.closeTimeMs, ot.trade.isShort, ot.trade.profitRatio,
                    ot.trade.exitReason);
            }
        }
    }
}
