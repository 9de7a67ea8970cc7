package io.hyperjet.worker.backtest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.LongColumn;
import io.hyperjet.common.frame.PairFrame;
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
 * Rows are split into segments of constant ROI step by a search on dates (or arithmetic on evenly spaced dates), so
 * the inner loop reads only lows, highs (from {@link CandleBlocks#candles}) and one signal byte per row. Not threadsafe.
 */
final class ExitScanner
{
    /** Beyond round8's half unit in the 8th decimal, plus float error of the decision ratio. */
    private static final double ROI_RATIO_MARGIN = 1e-8;
    private static final double ROI_PRICE_MARGIN = 1e-12;
    private static final VarHandle BYTES_AS_LONG =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    /** The {@code dateBase} of {@link #scan} for a frame whose dates are not all one timeframe apart. */
    static final long NOT_UNIFORM = Long.MIN_VALUE;

    private final TradeRules rules;
    private int[] roiMinutes;
    private double[] roiRatios;
    private boolean trailing;
    private boolean useExitSignal;
    private long tfMs;
    /** The detail scan's ROI step, the date the next step starts, and the step's price limit (see below). */
    private int roiStep;
    private long nextStepMs;
    private double roiLimit;
    /** Largest factor {@code 1 − |s|} a long's trailing stop can use: no raise when {@code high × it <= stop}. */
    private double longRaiseFactor;
    /** Smallest factor {@code 1 + |s|} a short's trailing stop can use: no raise when {@code low × it >= stop}. */
    private double shortRaiseFactor;
    /** The block extremes of the frame being scanned. */
    private CandleBlocks blocks;
    /** Where a row scan that found no exit stopped: its segment's end, or beyond when a block skip went past it. */
    private int resumeRow;
    /** Per ROI step, for the trade being scanned: the row test's price limit ({@link #longRoiThreshold}). */
    private double[] stepLimits = new double[0];
    /** Per ROI step, for the trade being scanned: the block test's limit ({@link #blockLimits}). */
    private double[] blockLimits = new double[0];

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
        tfMs = s.timeframeMs();
        if (stepLimits.length != roiRatios.length)
        {
            stepLimits = new double[roiRatios.length];
            blockLimits = new double[roiRatios.length];
        }
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
     * @param blocks   the block extremes of the pair's frame.
     * @param dateBase the date of row 0 when every row {@code r} is dated {@code dateBase + r × timeframe}, so dates
     *                 are computed instead of read (one memory stream less per trade); {@link #NOT_UNIFORM} else.
     * @return the exit row (price and reason set on the trade), or -1 when the trade survives row {@code last}.
     */
    int scan(final OpenTrade ot, final BacktestPair pair, final CandleBlocks blocks, final int from, final int last,
        final long dateBase)
    {
        if (null != pair.detail())
        {
            return scanDetail(ot, pair, from, last);
        }
        this.blocks = blocks;
        final int exitRow = scanRows(ot, pair, from, last, dateBase);
        if (exitRow >= 0)
        {
            ot.exitTimeMs = dateOf(pair.frame().date(), dateBase, exitRow);
        }
        return exitRow;
    }

    private long dateOf(final LongColumn date, final long dateBase, final int row)
    {
        return dateBase == NOT_UNIFORM ? date.get(row) : dateBase + row * tfMs;
    }

    /** The first row in {@code [from, to)} dated at or after {@code bound}, or {@code to}. */
    private int firstAtOrAfter(final LongColumn date, final long dateBase, final int from, final int to,
        final long bound)
    {
        if (dateBase == NOT_UNIFORM)
        {
            return SimulationWindow.firstAtOrAfterNear(date, from, to, bound);
        }
        final long row = Math.max(from, Math.floorDiv(bound - dateBase + tfMs - 1, tfMs));
        return (int)Math.min(row, to);
    }

    private int scanRows(final OpenTrade ot, final BacktestPair pair, final int from, final int last,
        final long dateBase)
    {
        final LongColumn date = pair.frame().date();
        final long openMs = ot.trade.openTimeMs;
        final boolean isShort = ot.trade.isShort;
        computeLimits(ot, isShort);
        final double[] stepLimits = this.stepLimits;
        final double[] blockLimits = this.blockLimits;
        int r = from;
        while (r <= last)
        {
            final int step = rules.roiIndex(Math.floorDiv(dateOf(date, dateBase, r) - openMs, 60_000L));
            final int end = step + 1 < roiMinutes.length ?
                firstAtOrAfter(date, dateBase, r, last + 1, openMs + roiMinutes[step + 1] * 60_000L) : last + 1;
            // a step below 0 (no ROI in force yet) tests blocks against every step's limit, as step 0 does
            final double blockLimit = blockLimits.length == 0 ? isShort ? Double.NEGATIVE_INFINITY :
                Double.POSITIVE_INFINITY : blockLimits[Math.max(step, 0)];
            final int exitRow = isShort ?
                scanShort(ot, pair, r, end, last,
                    step < 0 ? Double.NEGATIVE_INFINITY : stepLimits[step], blockLimit, dateBase) :
                scanLong(ot, pair, r, end, last,
                    step < 0 ? Double.POSITIVE_INFINITY : stepLimits[step], blockLimit, dateBase);
            if (exitRow >= 0)
            {
                return exitRow;
            }
            r = resumeRow;
        }
        return -1;
    }

    /**
     * Fills, for the trade about to be scanned, each ROI step's row limit and the limit a whole block may be tested
     * against from that step on: the strictest limit of this and every later step (lowest high for a long, highest
     * low for a short; the step only grows along a trade's rows), so a block within it is quiet whatever steps its
     * rows fall in and the block skip need not stop at a step's start. A block limit is NaN when any of those limits
     * is NaN (every test against it fails, as the rows' own tests would). Once per trade: each step's limit costs a
     * division, and a trade's scan passes through several steps.
     */
    private void computeLimits(final OpenTrade ot, final boolean isShort)
    {
        double limit = isShort ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int s = roiRatios.length - 1; s >= 0; s--)
        {
            final double t = isShort ? shortRoiThreshold(ot, s) : longRoiThreshold(ot, s);
            stepLimits[s] = t;
            limit = Double.isNaN(t) || Double.isNaN(limit) ? Double.NaN :
                isShort ? Math.max(limit, t) : Math.min(limit, t);
            blockLimits[s] = limit;
        }
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
        final OpenTrade ot,
        final BacktestPair pair,
        final int from,
        final int end,
        final int last,
        final double roiHigh,
        final double roiHighBlock,
        final long dateBase)
    {
        final Trade t = ot.trade;
        final Signals signals = pair.signals();
        final byte[] exitSig = signals.exitLong();
        final boolean checkExit = useExitSignal;
        final boolean trail = trailing;
        final double raise = longRaiseFactor;
        double stop = t.stopLossAbs;
        double maxRate = t.maxRate;
        double minRate = t.minRate;
        final CandleBlocks blocks = this.blocks;
        final double[] candles = blocks.candles();
        int r = from;
        while (r < end)
        {
            // whole blocks no row of which could stop, take profit, raise the stop or see an exit signal
            while ((r & CandleBlocks.MASK) == 0 && r + CandleBlocks.ROWS <= last + 1)
            {
                final int b = r >>> CandleBlocks.SHIFT;
                final double bh = blocks.maxHigh(b);
                final double bl = blocks.minLow(b);
                if (!(bl > stop && bh < roiHighBlock && (!trail || bh * raise <= stop) &&
                    (!checkExit || noSignal(exitSig, r - 1))))
                {
                    break;
                }
                maxRate = bh > maxRate ? bh : maxRate;
                minRate = bl < minRate ? bl : minRate;
                r += CandleBlocks.ROWS;
            }
            if (r >= end)
            {
                break;
            }
            for (final int blockEnd = Math.min(end, (r | CandleBlocks.MASK) + 1); r < blockEnd; r++)
            {
                final double h = candles[(r << CandleBlocks.STRIDE_SHIFT) + CandleBlocks.HIGH];
                final double l = candles[(r << CandleBlocks.STRIDE_SHIFT) + CandleBlocks.LOW];
                maxRate = h > maxRate ? h : maxRate;
                minRate = l < minRate ? l : minRate;
                if (l > stop && h < roiHigh && (!trail || h * raise <= stop) && (!checkExit || exitSig[r - 1] == 0))
                {
                    continue;
                }
                t.maxRate = maxRate;
                t.minRate = minRate;
                if (evaluate(ot, pair, signals.enterLong(), exitSig, r, h, l, dateBase))
                {
                    return r;
                }
                stop = t.stopLossAbs;
            }
        }
        t.maxRate = maxRate;
        t.minRate = minRate;
        resumeRow = r;
        return -1;
    }

    private int scanShort(
        final OpenTrade ot,
        final BacktestPair pair,
        final int from,
        final int end,
        final int last,
        final double roiLow,
        final double roiLowBlock,
        final long dateBase)
    {
        final Trade t = ot.trade;
        final Signals signals = pair.signals();
        final byte[] exitSig = signals.exitShort();
        final boolean checkExit = useExitSignal;
        final boolean trail = trailing;
        final double raise = shortRaiseFactor;
        double stop = t.stopLossAbs;
        double maxRate = t.maxRate;
        double minRate = t.minRate;
        final CandleBlocks blocks = this.blocks;
        final double[] candles = blocks.candles();
        int r = from;
        while (r < end)
        {
            while ((r & CandleBlocks.MASK) == 0 && r + CandleBlocks.ROWS <= last + 1)
            {
                final int b = r >>> CandleBlocks.SHIFT;
                final double bh = blocks.maxHigh(b);
                final double bl = blocks.minLow(b);
                if (!(bh < stop && bl > roiLowBlock && (!trail || bl * raise >= stop) &&
                    (!checkExit || noSignal(exitSig, r - 1))))
                {
                    break;
                }
                maxRate = bh > maxRate ? bh : maxRate;
                minRate = bl < minRate ? bl : minRate;
                r += CandleBlocks.ROWS;
            }
            if (r >= end)
            {
                break;
            }
            for (final int blockEnd = Math.min(end, (r | CandleBlocks.MASK) + 1); r < blockEnd; r++)
            {
                final double h = candles[(r << CandleBlocks.STRIDE_SHIFT) + CandleBlocks.HIGH];
                final double l = candles[(r << CandleBlocks.STRIDE_SHIFT) + CandleBlocks.LOW];
                maxRate = h > maxRate ? h : maxRate;
                minRate = l < minRate ? l : minRate;
                if (h < stop && l > roiLow && (!trail || l * raise >= stop) && (!checkExit || exitSig[r - 1] == 0))
                {
                    continue;
                }
                t.maxRate = maxRate;
                t.minRate = minRate;
                if (evaluate(ot, pair, signals.enterShort(), exitSig, r, h, l, dateBase))
                {
                    return r;
                }
                stop = t.stopLossAbs;
            }
        }
        t.maxRate = maxRate;
        t.minRate = minRate;
        resumeRow = r;
        return -1;
    }

    /** True when the signal bytes {@code s .. s + ROWS − 1} are all unset (two word reads). */
    private static boolean noSignal(final byte[] sig, final int s)
    {
        return ((long)BYTES_AS_LONG.get(sig, s) | (long)BYTES_AS_LONG.get(sig, s + Long.BYTES)) == 0L;
    }

    private boolean evaluate(
        final OpenTrade ot,
        final BacktestPair pair,
        final byte[] enterSig,
        final byte[] exitSig,
        final int r,
        final double h,
        final double l,
        final long dateBase)
    {
        final int s = r - 1;
        final double[] candles = blocks.candles();
        final int i = r << CandleBlocks.STRIDE_SHIFT;
        return rules.evaluate(ot, dateOf(pair.frame().date(), dateBase, r), candles[i + CandleBlocks.OPEN], h, l,
            candles[i + CandleBlocks.CLOSE], enterSig[s] != Signals.UNSET, exitSig[s] != Signals.UNSET,
            EntrySignals.exitTag(pair.signals(), s));
    }

    /**
     * The scan with detail candles (3.8): an open trade's rows are all expanded, so each row is replaced by its detail
     * candles ({@code row.date <= d.date < row.date + tf}), or is itself when it has none. Candle by candle, with the
     * same skip test as the row scans and the ROI step followed by date, since a step can start inside a row. Sets
     * {@code exitTimeMs} to the exit candle's date.
     */
    private int scanDetail(final OpenTrade ot, final BacktestPair pair, final int from, final int last)
    {
        final PairFrame main = pair.frame();
        final PairFrame detail = pair.detail();
        final LongColumn mainDate = main.date();
        final LongColumn date = detail.date();
        final DoubleColumn open = detail.open();
        final DoubleColumn high = detail.high();
        final DoubleColumn low = detail.low();
        final DoubleColumn close = detail.close();
        final int rows = date.rows();
        roiStep = -1;
        nextStepMs = Long.MIN_VALUE;
        int d = SimulationWindow.firstAtOrAfter(date, 0, rows, mainDate.get(from));
        for (int r = from; r <= last; r++)
        {
            final long startMs = mainDate.get(r);
            if ((d < rows && date.get(d) < startMs) || (d > 0 && date.get(d - 1) >= startMs))
            {
                d = SimulationWindow.firstAtOrAfter(date, 0, rows, startMs);
            }
            final long endMs = startMs + tfMs;
            if (d < rows && date.get(d) < endMs)
            {
                for (; d < rows && date.get(d) < endMs; d++)
                {
                    if (candle(ot, pair, r - 1, date.get(d), open.get(d), high.get(d), low.get(d), close.get(d)))
                    {
                        return r;
                    }
                }
            }
            else if (candle(ot, pair, r - 1, startMs, main.open().get(r), main.high().get(r), main.low().get(r),
                main.close().get(r)))
            {
                return r;
            }
        }
        return -1;
    }

    /** One candle of {@link #scanDetail}: min/max rates, then {@link TradeRules#evaluate} unless nothing can happen. */
    private boolean candle(
        final OpenTrade ot, final BacktestPair pair, final int s, final long dateMs, final double o, final double h,
        final double l, final double c)
    {
        final Trade t = ot.trade;
        if (dateMs >= nextStepMs)
        {
            roiStep = rules.roiIndex(Math.floorDiv(dateMs - t.openTimeMs, 60_000L));
            nextStepMs = roiStep + 1 < roiMinutes.length ? t.openTimeMs + roiMinutes[roiStep + 1] * 60_000L :
                Long.MAX_VALUE;
            roiLimit = t.isShort ? roiStep < 0 ? Double.NEGATIVE_INFINITY : shortRoiThreshold(ot, roiStep) :
                roiStep < 0 ? Double.POSITIVE_INFINITY : longRoiThreshold(ot, roiStep);
        }
        ot.updateMinMax(h, l);
        final Signals signals = pair.signals();
        final byte[] exitSig = t.isShort ? signals.exitShort() : signals.exitLong();
        final double stop = t.stopLossAbs;
        final boolean quiet = t.isShort ?
            h < stop && l > roiLimit && (!trailing || l * shortRaiseFactor >= stop) :
            l > stop && h < roiLimit && (!trailing || h * longRaiseFactor <= stop);
        if (quiet && (!useExitSignal || exitSig[s] == 0))
        {
            return false;
        }
        final byte[] enterSig = t.isShort ? signals.enterShort() : signals.enterLong();
        if (rules.evaluate(ot, dateMs, o, h, l, c, enterSig[s] != Signals.UNSET, exitSig[s] != Signals.UNSET,
            EntrySignals.exitTag(signals, s)))
        {
            ot.exitTimeMs = dateMs;
            return true;
        }
        return false;
    }
}
