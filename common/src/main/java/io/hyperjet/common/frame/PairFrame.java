package io.hyperjet.common.frame;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The candles of one pair at one timeframe: a {@code date} column (epoch ms, UTC, candle open time, ascending)
 * and named {@code float64} columns: always {@code open, high, low, close, volume}, then any extra columns
 * (columns after volume in a csv file, indicator columns) in insertion order.
 * <p>
 * A text column (the {@code enter_tag} / {@code exit_tag} a data file may carry) is a value column of codes plus its
 * labels ({@link #labels(String)}): code {@code k} is the k-th label, NaN is no text. Codes travel wherever a value
 * column does (cleaning, shared memory); the labels travel with the frame.
 * <p>
 * The columns are views: over heap copies when a reader built the frame, over shared memory when a worker attached.
 * Immutable once built.
 */
public final class PairFrame
{
    public static final String DATE = "date";
    public static final String OPEN = "open";
    public static final String HIGH = "high";
    public static final String LOW = "low";
    public static final String CLOSE = "close";
    public static final String VOLUME = "volume";

    private final String pair;
    private final String timeframe;
    private final LongColumn date;
    private final Map<String, DoubleColumn> columns;
    private final Map<String, List<String>> labels;
    private final DoubleColumn open;
    private final DoubleColumn high;
    private final DoubleColumn low;
    private final DoubleColumn close;
    private final DoubleColumn volume;

    /**
     * A frame over the given columns.
     *
     * @param pair      the pair, e.g. {@code ETH/BTC}.
     * @param timeframe the timeframe, e.g. {@code 5m}.
     * @param date      candle open times, epoch ms.
     * @param columns   named value columns, in order; must contain open, high, low, close and volume, each as long
     *                  as {@code date}.
     */
    public PairFrame(
        final String pair, final String timeframe, final LongColumn date, final Map<String, DoubleColumn> columns)
    {
        this(pair, timeframe, date, columns, Map.of());
    }

    /**
     * A frame over the given columns, some of them text columns.
     *
     * @param pair      the pair, e.g. {@code ETH/BTC}.
     * @param timeframe the timeframe, e.g. {@code 5m}.
     * @param date      candle open times, epoch ms.
     * @param columns   named value columns, as for {@link #PairFrame(String, String, LongColumn, Map)}.
     * @param labels    for each text column among {@code columns}, its labels in code order.
     */
    public PairFrame(
        final String pair, final String timeframe, final LongColumn date, final Map<String, DoubleColumn> columns,
        final Map<String, List<String>> labels)
    {
        this.pair = Objects.requireNonNull(pair, "pair");
        this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
        this.date = Objects.requireNonNull(date, "date");
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        for (final Map.Entry<String, DoubleColumn> e : this.columns.entrySet())
        {
            if (e.getValue().rows() != date.rows())
            {
                throw new IllegalArgumentException("column " + e.getKey() + " of " + pair + " has " +
                    e.getValue().rows() + " rows, date has " + date.rows());
            }
        }
        final Map<String, List<String>> copy = new LinkedHashMap<>();
        for (final Map.Entry<String, List<String>> e : labels.entrySet())
        {
            if (!this.columns.containsKey(e.getKey()))
            {
                throw new IllegalArgumentException("labels for " + e.getKey() + " of " + pair + ", which has no such " +
                    "column");
            }
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        this.labels = Collections.unmodifiableMap(copy);
        this.open = required(OPEN);
        this.high = required(HIGH);
        this.low = required(LOW);
        this.close = required(CLOSE);
        this.volume = required(VOLUME);
    }

    /**
     * A heap frame from arrays (copied).
     *
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @param dateMs    candle open times, epoch ms.
     * @param values    named value columns, in order; must include the five OHLCV columns.
     * @return a new frame.
     */
    public static PairFrame ofArrays(
        final String pair, final String timeframe, final long[] dateMs, final Map<String, double[]> values)
    {
        return ofArrays(pair, timeframe, dateMs, values, Map.of());
    }

    /**
     * A heap frame from arrays (copied), with text columns.
     *
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @param dateMs    candle open times, epoch ms.
     * @param values    named value columns (text columns as codes), in order; must include the five OHLCV columns.
     * @param labels    for each text column, its labels in code order.
     * @return a new frame.
     */
    public static PairFrame ofArrays(
        final String pair, final String timeframe, final long[] dateMs, final Map<String, double[]> values,
        final Map<String, List<String>> labels)
    {
        final Map<String, DoubleColumn> cols = new LinkedHashMap<>();
        for (final Map.Entry<String, double[]> e : values.entrySet())
        {
            cols.put(e.getKey(), DoubleColumn.copyOf(e.getValue()));
        }
        return new PairFrame(pair, timeframe, LongColumn.copyOf(dateMs), cols, labels);
    }

    private DoubleColumn required(final String name)
    {
        final DoubleColumn column = columns.get(name);
        if (null == column)
        {
            throw new IllegalArgumentException("frame of " + pair + " lacks column " + name);
        }
        return column;
    }

    public String pair()
    {
        return pair;
    }

    public String timeframe()
    {
        return timeframe;
    }

    public int rows()
    {
        return date.rows();
    }

    public LongColumn date()
    {
        return date;
    }

    public DoubleColumn open()
    {
        return open;
    }

    public DoubleColumn high()
    {
        return high;
    }

    public DoubleColumn low()
    {
        return low;
    }

    public DoubleColumn close()
    {
        return close;
    }

    public DoubleColumn volume()
    {
        return volume;
    }

    /**
     * A column by name, or null when the frame has none.
     *
     * @param name column name.
     * @return the column or null.
     */
    public DoubleColumn column(final String name)
    {
        return columns.get(name);
    }

    /**
     * Every value column, in order, OHLCV first.
     *
     * @return an unmodifiable map.
     */
    public Map<String, DoubleColumn> columns()
    {
        return columns;
    }

    /**
     * The labels of a text column in code order, or null when the column is not a text column.
     *
     * @param name column name.
     * @return the labels or null.
     */
    public List<String> labels(final String name)
    {
        return labels.get(name);
    }

    /**
     * One row's text in a text column: its label, or null for no text (a NaN code).
     *
     * @param name a text column's name.
     * @param row  the row.
     * @return the text or null.
     * @throws IllegalArgumentException when the column is not a text column.
     */
    public String text(final String name, final int row)
    {
        final List<String> columnLabels = labels.get(name);
        if (null == columnLabels)
        {
            throw new IllegalArgumentException(name + " of " + pair + " is not a text column");
        }
        final double code = columns.get(name).get(row);
        return Double.isNaN(code) ? null : columnLabels.get((int)code);
    }

    /**
     * The labels of every text column.
     *
     * @return an unmodifiable map, column name to labels.
     */
    public Map<String, List<String>> labels()
    {
        return labels;
    }
}
