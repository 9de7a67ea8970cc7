package io.hyperjet.worker.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;

/**
 * The named columns a strategy's indicator phase writes for one pair, each as long as the frame. The caller puts
 * them beside the candles (in shared memory for hyperopt, or with {@link #appendTo(PairFrame)} on the heap) and
 * hands that frame to the entry and exit phases. Writing a name twice replaces the column, as assigning a pandas
 * column does; OHLCV and date names are refused. Not threadsafe.
 */
public final class IndicatorColumns
{
    private final int rows;
    private final Map<String, double[]> columns = new LinkedHashMap<>();

    public IndicatorColumns(final int rows)
    {
        this.rows = rows;
    }

    public int rows()
    {
        return rows;
    }

    /**
     * Adds or replaces a column (kept by reference, not copied).
     *
     * @param name   the column name, e.g. {@code rsi} or {@code ema_21}.
     * @param values the values, {@link #rows()} long.
     */
    public void put(final String name, final double[] values)
    {
        if (values.length != rows)
        {
            throw new IllegalArgumentException("indicator " + name + " has " + values.length + " rows, frame has " +
                rows);
        }
        switch (name)
        {
            case PairFrame.DATE:
            case PairFrame.OPEN:
            case PairFrame.HIGH:
            case PairFrame.LOW:
            case PairFrame.CLOSE:
            case PairFrame.VOLUME:
                throw new IllegalArgumentException("indicator may not replace candle column " + name);
            default:
                columns.put(name, values);
        }
    }

    /**
     * A column by name, or null.
     *
     * @param name the name.
     * @return the values or null.
     */
    public double[] get(final String name)
    {
        return columns.get(name);
    }

    /**
     * Every column in insertion order.
     *
     * @return an unmodifiable view.
     */
    public Map<String, double[]> columns()
    {
        return Collections.unmodifiableMap(columns);
    }

    /**
     * A heap frame with the given frame's columns plus these (copied), for backtests and tests without shared memory.
     *
     * @param frame the candles the indicators were computed on.
     * @return a new frame.
     */
    public PairFrame appendTo(final PairFrame frame)
    {
        final Map<String, DoubleColumn> all = new LinkedHashMap<>(frame.columns());
        for (final Map.Entry<String, double[]> e : columns.entrySet())
        {
            all.put(e.getKey(), DoubleColumn.copyOf(e.getValue()));
        }
        return new PairFrame(frame.pair(), frame.timeframe(), frame.date(), all, frame.labels());
    }
}
