package io.hyperjet.worker.metrics;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;

import java.util.List;

/**
 * {@code market_change} (backtest-semantics.md 7.1): per pair {@code (lastClose - firstClose) / firstClose} over
 * the non-NaN closes, averaged over the pairs that have any. Backtesting passes the loaded frames (with startup
 * candles), hyperopt the trimmed ones.
 */
public final class MarketChange
{
    private MarketChange()
    {
    }

    /**
     * Mean relative close change over the frames.
     *
     * @param frames one frame per pair.
     * @return the mean, 0.0 when no frame has a close.
     */
    public static double of(final List<PairFrame> frames)
    {
        final double[] changes = new double[frames.size()];
        int count = 0;
        for (final PairFrame frame : frames)
        {
            final DoubleColumn close = frame.close();
            final int rows = close.rows();
            int first = 0;
            while (first < rows && Double.isNaN(close.get(first)))
            {
                first++;
            }
            int last = rows - 1;
            while (last >= first && Double.isNaN(close.get(last)))
            {
                last--;
            }
            if (first <= last)
            {
                final double start = close.get(first);
                changes[count++] = (close.get(last) - start) / start;
            }
        }
        return count > 0 ? PyMath.sum(changes, 0, count) / count : 0.0;
    }
}
