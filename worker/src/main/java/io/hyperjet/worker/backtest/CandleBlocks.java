package io.hyperjet.worker.backtest;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;

/**
 * The highest high and lowest low of each aligned block of {@link #ROWS} candles of a frame, so the exit scan can
 * pass over a block in one test when no row of it could do anything.
 * <p>
 * Why: with the ROI and stoploss a hyperopt draws, W1 trades last about a day (~300 rows of 5m), and the scan of
 * every row's high and low was a third of a worker's epoch. The row test ({@link ExitScanner}) is monotonic in the
 * high and the low (a long's row is quiet when {@code low > stop}, {@code high < roi limit} and
 * {@code high × raise <= stop}, raise >= 0; mirrored for shorts), so it holds for every row of a block exactly when
 * it holds for the block's extremes. The extremes are taken with the scan's own comparisons in row order, so merging
 * them into a trade's max/min rate gives the same doubles as visiting the rows. A block with a NaN high or low gets
 * NaN extremes, which fail every test, so its rows are visited one by one as before.
 * <p>
 * The same object keeps a heap copy of the highs and lows, interleaved ({@link #highLow}), 16 bytes per row.
 * <p>
 * Computed once per frame (frames do not change during a run); immutable.
 */
final class CandleBlocks
{
    static final int SHIFT = 4;
    static final int ROWS = 1 << SHIFT;
    static final int MASK = ROWS - 1;

    /** Per block: its highest high at {@code 2b}, its lowest low at {@code 2b + 1}. */
    private final double[] extremes;
    /** Per row: its high at {@code 2r}, its low at {@code 2r + 1}. */
    private final double[] highLow;

    private CandleBlocks(final double[] extremes, final double[] highLow)
    {
        this.extremes = extremes;
        this.highLow = highLow;
    }

    /**
     * The blocks of a frame; a partial last block is left out (scans end there row by row).
     *
     * @param frame the candles.
     * @return the blocks.
     */
    static CandleBlocks of(final PairFrame frame)
    {
        final DoubleColumn high = frame.high();
        final DoubleColumn low = frame.low();
        final int rows = frame.rows();
        final double[] highLow = new double[rows << 1];
        for (int r = 0; r < rows; r++)
        {
            highLow[r << 1] = high.get(r);
            highLow[(r << 1) + 1] = low.get(r);
        }
        final int blocks = rows >>> SHIFT;
        final double[] extremes = new double[blocks << 1];
        for (int b = 0; b < blocks; b++)
        {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            boolean nan = false;
            for (int r = b << SHIFT, end = r + ROWS; r < end; r++)
            {
                final double h = highLow[r << 1];
                final double l = highLow[(r << 1) + 1];
                nan |= Double.isNaN(h) || Double.isNaN(l);
                max = h > max ? h : max;
                min = l < min ? l : min;
            }
            extremes[b << 1] = nan ? Double.NaN : max;
            extremes[(b << 1) + 1] = nan ? Double.NaN : min;
        }
        return new CandleBlocks(extremes, highLow);
    }

    /**
     * The highest high of a block (NaN when the block holds a NaN high or low).
     *
     * @param block the block, covering rows {@code block × ROWS} to {@code block × ROWS + ROWS − 1}.
     * @return the high.
     */
    double maxHigh(final int block)
    {
        return extremes[block << 1];
    }

    /**
     * The lowest low of a block (NaN when the block holds a NaN high or low).
     *
     * @param block the block.
     * @return the low.
     */
    double minLow(final int block)
    {
        return extremes[(block << 1) + 1];
    }

    /**
     * The frame's highs and lows interleaved, row {@code r}'s high at {@code 2r} and low at {@code 2r + 1}: the exit
     * scan reads both for every row it visits, and one stream of lines instead of two columns costs fewer cache
     * misses (the scan is bound by them: a trade's rows are rarely in cache).
     *
     * @return the array (not to be written).
     */
    double[] highLow()
    {
        return highLow;
    }
}
