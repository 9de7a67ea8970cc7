package io.hyperjet.common.data;

import java.nio.file.Path;
import java.time.Instant;

import io.hyperjet.common.UserInputException;

/**
 * Sanity checks on candles just read from a file: not empty, no NaN prices, high never below low. Each failure is a
 * {@link UserInputException} whose one-line message names the file and the first bad candle.
 */
public final class CandleChecks
{
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
        for (int r = 0; r < rows; r++)
        {
            if (Double.isNaN(open[r]) || Double.isNaN(high[r]) || Double.isNaN(low[r]) || Double.isNaN(close[r]))
            {
                throw new UserInputException(file + ": NaN price in candle " + Instant.ofEpochMilli(date[r]) +
                    " (row " + r + ")");
            }
            if (high[r] < low[r])
            {
                throw new UserInputException(file + ": high " + high[r] + " < low " + low[r] + " in candle " +
                    Instant.ofEpochMilli(date[r]) + " (row " + r + ")");
            }
        }
    }
}
