package io.hyperjet.worker.backtest;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.LongColumn;
import io.hyperjet.worker.signal.Signals;

/**
 * Finds where one trade exits by scanning its pair's rows forward from the entry row. A trade's exit depends only on
 * its own state and its pair's rows, so the scan can run as soon as the trade opens.
 * <p>
 * Most rows cannot change anything: the low is above the stop, the high is below the lowest high that could
 * trigger the ROI step in force, the high cannot raise a trailing stop and there is no exit signal (mirrored for
 * shorts). Those rows only update min/max rates; every other row goes through {@link TradeRules#evaluate}, the same
 * code the iterative backtester runs, so both give the same trades. The ROI threshold is conservative (a margin
 * above round8's reach), so a row it lets through may still do nothing.
 * <p>
 * Rows are split into segments of constant ROI step by binary search on dates, so the inner loop reads only lows,
 * highs and one signal byte per row. Not threadsafe.
 */
final class ExitScanner
{
    /** Beyond round8's half unit in the 8th decimal, plus float error of the decision ratio. */
    private static final double ROI_RATIO_MARGIN = 1e-8;
    private static final double ROI_PRICE_MARGIN = 1e-12;

    private final TradeRules rules;
    private int[] roiMinutes;
    private double[] roiRatios;
    private boolean trailing;
    private boolean useExitSignal;
    /** Largest factor {@code 1 − |s|} a long's trailing stop can use: no raise when {@code high × it <= stop}. */
    private double longRaiseFactor;
    /** Smallest factor {@code 1 + |s|} a short's trailing stop can use: no raise when {@code low × it >= stop}. */
    private double shortRaiseFactor;

    ExitScanner(final TradeRules rules)
    {
        this.rules = rules;
    }

    void configure(final BacktestSettings s)
    {
        roiMinutes = s.roiMinutes();
        roiRatios = s.roiRatios();
        trailing = s.trailingStop();
        useExitSignal = s.useExitSignal();
        final double sl = Math.abs(s.stoploss());
        final double positive = s.trailingStopPositive();
        longRaiseFactor = 1.0 - sl;
        shortRaiseFactor = 1.0 + sl;
        if (!Double.isNaN(positive))
        {
            final double longFactor = 1.0 - Math.abs(positive);
            final double shortFactor = 1.0 + Math.abs(positive);
            longRaiseFactor = longFactor > longRaiseFactor ? longFactor : longRaiseFactor;
            shortRaiseFactor = shortFactor < shortRaiseFactor ? shortFactor : shortRaiseFactor;
        }
    }

    /**
     * Scans rows {@code from .. last} of the pair (inclusive) for the trade's exit.
     *
     * @return the exit row (price and reason set on the trade), or -1 when the trade survives row {@code last}.
     */
    int scan(final OpenTrade ot, final BacktestPair pair, final int from, final int last)
    {
        final LongColumn date = pair.frame().date();
        final long openMs = ot.trade.openTimeMs;
        int r = from;
        while (r <= last)
        {
            final int step = rules.roiIndex(Math.floorDiv(date.get(r) - openMs, 60_000L));
            final int end = step + 1 < roiMinutes.length ?
                SimulationWindow.firstAtOrAfter(date, r, last + 1, openMs + roiMinutes[step + 1] * 60_000L) : last + 1;
            final int exitRow = ot.trade.isShort ?
                scanShort(ot, pair, r, end, step < 0 ? Double.NEGATIVE_INFINITY : shortRoiThreshold(ot, step)) :
                scanLong(ot, pair, r, end, step < 0 ? Double.POSITIVE_INFINITY : longRoiThreshold(ot, step));
            if (exitRow >= 0)
            {
                return exitRow;
            }
            r = end;
        }
        return -1;
    }

    /** A high below this cannot make the long's decision ratio exceed the ROI of the step. */
    private double longRoiThreshold(final OpenTrade ot, final int step)
    {
        final double ratio = 1.0 + roiRatios[step] - ROI_RATIO_MARGIN;
        return ratio * ot.openValue / (ot.trade.amount * ot.feeFactor) * (1.0 - ROI_PRICE_MARGIN);
    }

    /** A low above this cannot make the short's decision ratio exceed the ROI of the step. */
    private double shortRoiThreshold(final OpenTrade ot, final int step)
    {
        final double ratio = 1.0 - roiRatios[step] + ROI_RATIO_MARGIN;
        return ratio * ot.openValue / (ot.trade.amount * ot.feeFactor) * (1.0 + ROI_PRICE_MARGIN);
    }

    private int scanLong(
        final OpenTrade ot, final BacktestPair pair, final int from, final int end, final double roiHigh)
    {
        final Trade t = ot.trade;
        final DoubleColumn high = pair.frame().high();
        final DoubleColumn low = pair.frame().low();
        final Signals signals = pair.signals();
        final byte[] exitSig = signals.exitLong();
        final boolean checkExit = useExitSignal;
        final boolean trail = trailing;
        final double raise = longRaiseFactor;
        double stop = t.stopLossAbs;
        double maxRate = t.maxRate;
        double minRate = t.minRate;
        for (int r = from; r < end; r++)
        {
            final double h = high.get(r);
            final double l = low.get(r);
            maxRate = h > maxRate ? h : maxRate;
            minRate = l < minRate ? l : minRate;
            if (l > stop && h < roiHigh && (!trail || h * raise <= stop) && (!checkExit || exitSig[r - 1] == 0))
            {
                continue;
            }
            t.maxRate = maxRate;
            t.minRate = minRate;
            if (evaluate(ot, pair, signals.enterLong(), exitSig, r, h, l))
            {
                return r;
            }
            stop = t.stopLossAbs;
        }
        t.maxRate = maxRate;
        t.minRate = minRate;
        return -1;
    }

    private int scanShort(
        final OpenTrade ot, final BacktestPair pair, final int from, final int end, final double roiLow)
    {
        final Trade t = ot.trade;
        final DoubleColumn high = pair.frame().high();
        final DoubleColumn low = pair.frame().low();
        final Signals signals = pair.signals();
        final byte[] exitSig = signals.exitShort();
        final boolean checkExit = useExitSignal;
        final boolean trail = trailing;
        final double raise = shortRaiseFactor;
        double stop = t.stopLossAbs;
        double maxRate = t.maxRate;
        double minRate = t.minRate;
        for (int r = from; r < end; r++)
        {
            final double h = high.get(r);
            final double l = low.get(r);
            maxRate = h > maxRate ? h : maxRate;
            minRate = l < minRate ? l : minRate;
            if (h < stop && l > roiLow && (!trail || l * raise >= stop) && (!checkExit || exitSig[r - 1] == 0))
            {
                continue;
            }
            t.maxRate = maxRate;
            t.minRate = minRate;
            if (evaluate(ot, pair, signals.enterShort(), exitSig, r, h, l))
            {
                return r;
            }
            stop = t.stopLossAbs;
        }
        t.maxRate = maxRate;
        t.minRate = minRate;
        return -1;
    }

    private boolean evaluate(
        final OpenTrade ot,
        final BacktestPair pair,
        final byte[] enterSig,
        final byte[] exitSig,
        final int r,
        final double h,
        final double l)
    {
        final int s = r - 1;
        return rules.evaluate(ot, pair.frame().date().get(r), pair.frame().open().get(r), h, l,
            pair.frame().close().get(r), enterSig[s] != Signals.UNSET, exitSig[s] != Signals.UNSET,
            EntrySignals.exitTag(pair.signals(), s));
    }
}
