package io.hyperjet.common.data;

import java.nio.file.Path;
import java.time.Instant;

import io.hyperjet.common.UserInputException;

/**
 * Sanity checks on candles just read from a file, whatever its format: not empty, every price (open, high, low,
 * close) a positive finite number (not NaN, not zero, not negative, not infinite), volume not negative or infinite,
 * high never below low. Each failure is a {@link UserInputException} whose one-line message names the file and the
 * first bad candle (its time and its row, 0 for the first candle of the file).
 * <p>
 * A NaN volume is left alone: Freqtrade fills missing volume with 0 when it fills gaps, and a strategy reading
 * {@code volume > 0} treats NaN as no volume.
 */
public final class CandleChecks
{
    private static final String[] PRICE_NAMES = {"open", "high", "low", "close"};

    private CandleChecks()
    {
    }

    /**
     * Checks the rows of a buffer read from {@code file}.
     *
     * @param buffer the rows.
     * @param file   the file they came from, named in errors.
     */
    public static void check(final CandleBuffer buffer, final Path file)
    {
        final int rows = buffer.rows();
        if (rows == 0)
        {
            throw new UserInputException(file + ": file holds no candles");
        }
        final long[] date = buffer.dateArray();
        final double[] open = buffer.valueArray(0);
        final double[] high = buffer.valueArray(1);
        final double[] low = buffer.valueArray(2);
        final double[] close = buffer.valueArray(3);
        final double[] volume = buffer.valueArray(4);
        for (int r = 0; r < rows; r++)
        {
            if (Double.isNaN(open[r]) || Double.isNaN(high[r]) || Double.isNaN(low[r]) || Double.isNaN(close[r]))
            {
                throw new UserInputException(file + ": NaN price in " + where(date, r));
            }
            checkPositive(open[r], 0, date, r, file);
            checkPositive(high[r], 1, date, r, file);
            checkPositive(low[r], 2, date, r, file);
            checkPositive(close[r], 3, date, r, file);
            if (volume[r] < 0.0 || Double.isInfinite(volume[r]))
            {
                throw new UserInputException(file + ": volume " + volume[r] + " is negative or infinite in " +
                    where(date, r));
            }
            if (high[r] < low[r])
            {
                throw new UserInputException(file + ": high " + high[r] + " < low " + low[r] + " in " +
                    where(date, r));
            }
        }
    }

    private static void checkPositive(
        final double price, final int column, final long[] date, final int row, final Path file)
    {
        // also false for +Infinity; NaN was refused before
        if (!(price > 0.0 && price < Double.POSITIVE_INFINITY))
        {
            throw new UserInputException(file + ": " + PRICE_NAMES[column] + " " + price +
                " is not a positive price in " + where(date, row));
        }
    }

    private static String where(final long[] date, final int row)
    {
        return "candle " + Instant.ofEpochMilli(date[row]) + " (row " + row + ")";
    }
}
