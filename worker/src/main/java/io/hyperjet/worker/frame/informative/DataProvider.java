package io.hyperjet.worker.frame.informative;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.frame.DataFrame;
import io.hyperjet.worker.frame.Series;
import io.hyperjet.worker.python.InformativeFrame;

/**
 * Freqtrade's data provider ({@code self.dp}) for Java strategies in a backtest or hyperopt: the run's whitelist and
 * the informative candles the strategy lists in {@code informativePairs()}, which Hyperjet reads before the run
 * (the run's timerange, its start moved back by the startup candles in candles of that timeframe) and shares with
 * the workers the way it does for Python strategies.
 * <p>
 * Filled by the engine before the indicator phase; not threadsafe (one per strategy instance, as the strategy).
 */
public final class DataProvider
{
    private static final List<String> CANDLE_COLUMNS =
        List.of(PairFrame.DATE, PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE, PairFrame.VOLUME);

    private List<String> whitelist = List.of();
    private final Map<PairTimeframe, InformativeFrame> frames = new HashMap<>();
    private final Map<PairTimeframe, double[][]> columns = new HashMap<>();

    /**
     * Freqtrade's {@code dp.get_pair_dataframe(pair, timeframe)}: the candles of a listed (pair, timeframe), columns
     * date (epoch ms), open, high, low, close, volume; no rows when the data directory has none there (Freqtrade's
     * empty dataframe). Each call returns a new frame, so columns a strategy adds do not leak into the next call.
     *
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @return the candles.
     * @throws IllegalStateException when {@code informativePairs()} does not list the (pair, timeframe).
     */
    public DataFrame getPairDataframe(final String pair, final String timeframe)
    {
        final PairTimeframe key = PairTimeframe.of(pair, timeframe);
        final InformativeFrame frame = frames.get(key);
        if (null == frame)
        {
            throw new IllegalStateException("dp.getPairDataframe(\"" + pair + "\", \"" + timeframe + "\"): list "
                + key + " in informativePairs(); Hyperjet loads informative candles before the run, listed: "
                + frames.keySet());
        }
        final double[][] values = columns.computeIfAbsent(key, k -> candles(frame));
        final List<Series> series = new ArrayList<>(values.length);
        for (final double[] column : values)
        {
            series.add(new Series(column));
        }
        return DataFrame.ofColumns(CANDLE_COLUMNS, series);
    }

    /**
     * Freqtrade's {@code dp.current_whitelist()}: the run's pairs, in order.
     *
     * @return the pairs (unmodifiable).
     */
    public List<String> currentWhitelist()
    {
        return whitelist;
    }

    /**
     * Engine side: the run's pairs, set before {@code informativePairs()} is asked (which may read them).
     *
     * @param pairs the run's pairs in order.
     */
    public void whitelist(final List<String> pairs)
    {
        whitelist = Collections.unmodifiableList(new ArrayList<>(pairs));
    }

    /**
     * Engine side: the informative candles the run has, one entry per listed (pair, timeframe), missing ones
     * included (they give an empty frame).
     *
     * @param informative the frames.
     */
    public void candles(final List<InformativeFrame> informative)
    {
        frames.clear();
        columns.clear();
        for (final InformativeFrame frame : informative)
        {
            frames.put(PairTimeframe.of(frame.pair(), frame.timeframe()), frame);
        }
    }

    /**
     * Engine side: the same whitelist and informative candles as another provider, for a copy of the strategy that
     * runs the indicator phase on another thread. The candles are shared (read-only frames); the per-instance
     * column cache is not.
     *
     * @param other the provider of the strategy this one's copies.
     */
    public void copyFrom(final DataProvider other)
    {
        whitelist = other.whitelist;
        frames.clear();
        columns.clear();
        frames.putAll(other.frames);
    }

    private static double[][] candles(final InformativeFrame informative)
    {
        final PairFrame frame = informative.frame();
        final int rows = null == frame ? 0 : frame.rows();
        final double[][] values = new double[CANDLE_COLUMNS.size()][rows];
        if (null != frame)
        {
            for (int i = 0; i < rows; i++)
            {
                values[0][i] = frame.date().get(i);
            }
            frame.open().copyTo(values[1], 0, 0, rows);
            frame.high().copyTo(values[2], 0, 0, rows);
            frame.low().copyTo(values[3], 0, 0, rows);
            frame.close().copyTo(values[4], 0, 0, rows);
            frame.volume().copyTo(values[5], 0, 0, rows);
        }
        return values;
    }
}
