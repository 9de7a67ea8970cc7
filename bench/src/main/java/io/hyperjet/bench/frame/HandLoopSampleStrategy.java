package io.hyperjet.bench.frame;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IntParameter;
import io.hyperjet.worker.strategy.Strategy;

/**
 * SampleStrategy's signal phase as it was written before the column API: hand loops over the frame's columns,
 * visiting only the RSI's crossing rows with the array optimizations on, every row otherwise. The baseline of
 * {@link ColumnApiSignalBenchmark}; it has no indicator phase of its own and runs on frames the column-API
 * SampleStrategy prepared (same columns).
 */
public final class HandLoopSampleStrategy extends Strategy
{
    final IntParameter buyRsi = new IntParameter(1, 50, 30, "buy", true, true);
    final IntParameter sellRsi = new IntParameter(50, 100, 70, "sell", true, true);
    final IntParameter shortRsi = new IntParameter(51, 100, 70, "sell", true, true);
    final IntParameter exitShortRsi = new IntParameter(1, 50, 30, "buy", true, true);
    private final CrossingRows crossings = new CrossingRows();

    public HandLoopSampleStrategy()
    {
        canShort = false;
    }

    @Override
    protected void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        conditions(frame, buyRsi.value(), true, signals.enterLong());
        if (canShort())
        {
            conditions(frame, shortRsi.value(), false, signals.enterShort());
        }
    }

    @Override
    protected void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        conditions(frame, sellRsi.value(), false, signals.exitLong());
        if (canShort())
        {
            conditions(frame, exitShortRsi.value(), true, signals.exitShort());
        }
    }

    private void conditions(final PairFrame frame, final int level, final boolean below, final byte[] codes)
    {
        if (!ops().isOptimized())
        {
            allRows(frame, level, below, codes);
            return;
        }
        final DoubleColumn tema = column(frame, "tema");
        final DoubleColumn middle = column(frame, "bb_middleband");
        final DoubleColumn volume = frame.volume();
        for (final int i : crossings.above(column(frame, "rsi"), level))
        {
            if (volume.get(i) > 0.0)
            {
                final double t = tema.get(i);
                final double m = middle.get(i);
                final double temaPrevious = tema.get(i - 1);
                final boolean band = below ? t <= m : t > m;
                final boolean trend = below ? t > temaPrevious : t < temaPrevious;
                if (band && trend)
                {
                    codes[i] = Signals.ONE;
                }
            }
        }
    }

    private static void allRows(final PairFrame frame, final int level, final boolean below, final byte[] codes)
    {
        final DoubleColumn rsi = column(frame, "rsi");
        final DoubleColumn tema = column(frame, "tema");
        final DoubleColumn middle = column(frame, "bb_middleband");
        final DoubleColumn volume = frame.volume();
        final int n = frame.rows();
        double rsiPrevious = n > 0 ? rsi.get(0) : Double.NaN;
        double temaPrevious = n > 0 ? tema.get(0) : Double.NaN;
        for (int i = 1; i < n; i++)
        {
            final double r = rsi.get(i);
            final double t = tema.get(i);
            if (r > level && rsiPrevious <= level && volume.get(i) > 0.0)
            {
                final double m = middle.get(i);
                final boolean band = below ? t <= m : t > m;
                final boolean trend = below ? t > temaPrevious : t < temaPrevious;
                if (band && trend)
                {
                    codes[i] = Signals.ONE;
                }
            }
            rsiPrevious = r;
            temaPrevious = t;
        }
    }
}
