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
 * The same object keeps a heap copy of the candles, interleaved row by row ({@link #candles}), 32 bytes per row.
 * <p>
 * Computed once per frame (frames do not change during a run); immutable.
 */
final class CandleBlocks
{
    static final int SHIFT = 4;
    static final int ROWS = 1 << SHIFT;
    static final int MASK = ROWS - 1;
    /** {@link #candles} holds row {@code r} at {@code r << STRIDE_SHIFT}: high, low, open, close. */
    static final int STRIDE_SHIFT = 2;
    static final int HIGH = 0;
    static final int LOW = 1;
    static final int OPEN = 2;
    static final int CLOSE = 3;
    /** Heap per candle row: four doubles, plus a block's two extremes spread over its rows (rounded up). */
    static final int HEAP_BYTES_PER_ROW = (Double.BYTES << STRIDE_SHIFT) + (2 * Double.BYTES + ROWS - 1) / ROWS;

    /** Per block: its highest high at {@code 2b}, its lowest low at {@code 2b + 1}. */
    private final double[] extremes;
    /** Per row {@code r}, from {@code 4r}: its high, low, open and close. */
    private final double[] candles;

    private CandleBlocks(final double[] extremes, final double[] candles)
    {
        this.extremes = extremes;
        this.candles = candles;
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
        final DoubleColumn open = frame.open();
        final DoubleColumn close = frame.close();
        final int rows = frame.rows();
        final double[] candles = new double[rows << STRIDE_SHIFT];
        for (int r = 0; r < rows; r++)
        {
            final int i = r << STRIDE_SHIFT;
            candles[i + HIGH] = high.get(r);
            candles[i + LOW] = low.get(r);
            candles[i + OPEN] = open.get(r);
            candles[i + CLOSE] = close.get(r);
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
                final double h = candles[(r << STRIDE_SHIFT) + HIGH];
                final double l = candles[(r << STRIDE_SHIFT) + LOW];
                nan |= Double.isNaN(h) || Double.isNaN(l);
                max = h > max ? h : max;
                min = l < min ? l : min;
            }
            extremes[b << 1] = nan ? Double.NaN : max;
            extremes[(b << 1) + 1] = nan ? Double.NaN : min;
        }
        return new CandleBlocks(extremes, candles);
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
     * The frame's candles interleaved, row {@code r}'s high, low, open and close from {@code r << STRIDE_SHIFT}: the
     * exit scan reads the high and low of every row it visits, the entry its row's open and the exit its row's open
     * and close, and one stream of lines instead of four columns costs fewer cache misses (the backtest is bound by
     * them: a trade's rows are rarely in cache, and the entry's open and the exit's close now come with the lines the
     * scan reads anyway).
     *
     * @return the array (not to be written).
     */
    double[] candles()
    {
        return candles;
    }

    /**
     * The open of a row, from the interleaved copy.
     *
     * @param row the row.
     * @return the open.
     */
    double open(final int row)
    {
        return candles[(row << STRIDE_SHIFT) + OPEN];
    }
}
