package io.hyperjet.worker.cache;

import io.hyperjet.common.frame.PairFrame;

/**
 * What identifies an indicator result: the pair and timeframe (which fix the candles within a run), the indicator
 * and its arguments. Row count and first and last candle times are part of the key too, so two frames of the same
 * pair over different ranges never share a result.
 *
 * @param pair        e.g. {@code BTC/USDT}.
 * @param timeframe   e.g. {@code 5m}.
 * @param indicator   e.g. {@code rsi}.
 * @param arguments   the arguments as text, e.g. {@code 14}.
 * @param rows        the frame's rows.
 * @param firstDateMs the first candle's open time, or 0 for an empty frame.
 * @param lastDateMs  the last candle's open time, or 0 for an empty frame.
 */
public record IndicatorKey(String pair, String timeframe, String indicator, String arguments, int rows,
    long firstDateMs, long lastDateMs)
{
    /**
     * The key of an indicator on a frame.
     *
     * @param frame     the frame.
     * @param indicator the indicator name.
     * @param arguments its arguments as text.
     * @return the key.
     */
    public static IndicatorKey of(final PairFrame frame, final String indicator, final String arguments)
    {
        final int rows = frame.rows();
        return new IndicatorKey(frame.pair(), frame.timeframe(), indicator, arguments, rows,
            rows == 0 ? 0 : frame.date().get(0), rows == 0 ? 0 : frame.date().get(rows - 1));
    }

    /**
     * The text {@link IndicatorCache#invalidate} patterns match.
     *
     * @return e.g. {@code BTC/USDT 5m rsi(14)}.
     */
    public String text()
    {
        return pair + " " + timeframe + " " + indicator + "(" + arguments + ")";
    }
}
