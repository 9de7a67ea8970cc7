package io.hyperjet.common.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.LongColumn;
import io.hyperjet.common.frame.PairFrame;

/**
 * A growable set of primitive columns that readers append rows to before building a {@link PairFrame}. Columns are
 * {@code date} (epoch ms) and named doubles, OHLCV first. A text column ({@link #markText}) holds codes into its
 * labels, NaN for no text (see {@link PairFrame#labels(String)}). Not threadsafe; one per file read.
 */
public final class CandleBuffer
{
    private static final int INITIAL_CAPACITY = 1024;

    private final List<String> names;
    private long[] dateMs;
    private double[][] values;
    private final List<List<String>> labels;
    private final List<Map<String, Integer>> codes;
    private int rows;

    /**
     * A buffer with the given value columns.
     *
     * @param columnNames value column names, in order; the first five must be OHLCV.
     * @param capacity    the initial row capacity (grown as needed).
     */
    public CandleBuffer(final List<String> columnNames, final int capacity)
    {
        this.names = new ArrayList<>(columnNames);
        final int cap = Math.max(capacity, 16);
        this.dateMs = new long[cap];
        this.values = new double[names.size()][cap];
        this.labels = new ArrayList<>();
        this.codes = new ArrayList<>();
        for (int c = 0; c < names.size(); c++)
        {
            labels.add(null);
            codes.add(null);
        }
    }

    /**
     * An empty buffer with the same columns, text columns and labels as this one.
     *
     * @param capacity the initial row capacity.
     * @return a new buffer.
     */
    public CandleBuffer emptyLike(final int capacity)
    {
        final CandleBuffer copy = new CandleBuffer(names, capacity);
        for (int c = 0; c < names.size(); c++)
        {
            if (null != labels.get(c))
            {
                copy.labels.set(c, labels.get(c));
                copy.codes.set(c, codes.get(c));
            }
        }
        return copy;
    }

    /**
     * Makes a column a text column (no labels yet); {@link #setText} then fills it.
     *
     * @param column the column index.
     */
    public void markText(final int column)
    {
        if (null == labels.get(column))
        {
            labels.set(column, new ArrayList<>());
            codes.set(column, new HashMap<>());
        }
    }

    public boolean isText(final int column)
    {
        return null != labels.get(column);
    }

    /**
     * Sets a text value: its code, a new label when first seen; null or empty is no text (NaN).
     *
     * @param column a text column.
     * @param row    the row.
     * @param text   the text or null.
     */
    public void setText(final int column, final int row, final String text)
    {
        if (null == text || text.isEmpty())
        {
            values[column][row] = Double.NaN;
            return;
        }
        final List<String> columnLabels = labels.get(column);
        final Integer code = codes.get(column).computeIfAbsent(text, (t) ->
        {
            columnLabels.add(t);
            return columnLabels.size() - 1;
        });
        values[column][row] = code;
    }

    /**
     * A buffer with just the OHLCV columns.
     *
     * @return a new buffer.
     */
    public static CandleBuffer ohlcv()
    {
        return new CandleBuffer(
            List.of(PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE, PairFrame.VOLUME),
            INITIAL_CAPACITY);
    }

    /**
     * Makes room for at least {@code extra} more rows.
     *
     * @param extra rows about to be appended.
     */
    public void ensureSpace(final int extra)
    {
        final long needed = (long)rows + extra;
        if (needed > dateMs.length)
        {
            final int capacity = (int)Math.min(Integer.MAX_VALUE - 8, Math.max(needed, dateMs.length * 2L));
            dateMs = Arrays.copyOf(dateMs, capacity);
            for (int c = 0; c < values.length; c++)
            {
                values[c] = Arrays.copyOf(values[c], capacity);
            }
        }
    }

    /**
     * Appends one row of OHLCV; extra columns of the row are set to NaN.
     */
    public void add(
        final long date, final double open, final double high, final double low, final double close,
        final double volume)
    {
        ensureSpace(1);
        final int r = rows;
        dateMs[r] = date;
        values[0][r] = open;
        values[1][r] = high;
        values[2][r] = low;
        values[3][r] = close;
        values[4][r] = volume;
        for (int c = 5; c < values.length; c++)
        {
            values[c][r] = Double.NaN;
        }
        rows = r + 1;
    }

    /**
     * Starts a new row with the given date; set its values with {@link #set(int, int, double)}. The values start as
     * NaN.
     *
     * @param date epoch ms.
     * @return the new row index.
     */
    public int addRow(final long date)
    {
        ensureSpace(1);
        final int r = rows;
        dateMs[r] = date;
        for (int c = 0; c < values.length; c++)
        {
            values[c][r] = Double.NaN;
        }
        rows = r + 1;
        return r;
    }

    /**
     * Appends rows with date 0 and every value NaN, as {@link #addRow(long)} does one at a time; a reader then sets
     * their dates and values.
     *
     * @param count the rows to append.
     * @return the index of the first new row.
     */
    public int addRows(final int count)
    {
        ensureSpace(count);
        final int first = rows;
        Arrays.fill(dateMs, first, first + count, 0L);
        for (final double[] column : values)
        {
            Arrays.fill(column, first, first + count, Double.NaN);
        }
        rows = first + count;
        return first;
    }

    public void set(final int column, final int row, final double value)
    {
        values[column][row] = value;
    }

    public void setDate(final int row, final long date)
    {
        dateMs[row] = date;
    }

    /**
     * Keeps only the rows with {@code fromMs <= date <= toMs}, in order.
     *
     * @param fromMs lowest date kept.
     * @param toMs   highest date kept.
     */
    public void retainWindow(final long fromMs, final long toMs)
    {
        if (fromMs == Long.MIN_VALUE && toMs == Long.MAX_VALUE)
        {
            return;
        }
        int w = 0;
        for (int r = 0; r < rows; r++)
        {
            final long d = dateMs[r];
            if (d >= fromMs && d <= toMs)
            {
                dateMs[w] = d;
                for (int c = 0; c < values.length; c++)
                {
                    values[c][w] = values[c][r];
                }
                w++;
            }
        }
        rows = w;
    }

    public int rows()
    {
        return rows;
    }

    public int columnCount()
    {
        return values.length;
    }

    public List<String> names()
    {
        return names;
    }

    /**
     * The date array (capacity may exceed {@link #rows()}); for code in this package.
     *
     * @return the backing array.
     */
    long[] dateArray()
    {
        return dateMs;
    }

    double[] valueArray(final int column)
    {
        return values[column];
    }

    /**
     * Builds a heap frame from the rows so far (copied).
     *
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @return a new frame.
     */
    public PairFrame toFrame(final String pair, final String timeframe)
    {
        // the columns copy the first `rows` values straight from the buffer's arrays: no trimmed copy in between
        final Map<String, DoubleColumn> cols = new LinkedHashMap<>();
        final Map<String, List<String>> text = new LinkedHashMap<>();
        for (int c = 0; c < values.length; c++)
        {
            cols.put(names.get(c), DoubleColumn.copyOf(values[c], rows));
            if (null != labels.get(c))
            {
                text.put(names.get(c), labels.get(c));
            }
        }
        return new PairFrame(pair, timeframe, LongColumn.copyOf(dateMs, rows), cols, text);
    }

    /**
     * A buffer holding a copy of a frame's rows, for cleaning and filtering.
     *
     * @param frame the frame.
     * @return a new buffer.
     */
    public static CandleBuffer of(final PairFrame frame)
    {
        final List<String> columnNames = new ArrayList<>(frame.columns().keySet());
        final CandleBuffer buffer = new CandleBuffer(columnNames, frame.rows());
        final int rows = frame.rows();
        for (int r = 0; r < rows; r++)
        {
            buffer.dateMs[r] = frame.date().get(r);
        }
        for (int c = 0; c < columnNames.size(); c++)
        {
            frame.column(columnNames.get(c)).copyTo(buffer.values[c], 0, 0, rows);
            final List<String> text = frame.labels(columnNames.get(c));
            if (null != text)
            {
                buffer.markText(c);
                for (final String label : text)
                {
                    buffer.codes.get(c).put(label, buffer.labels.get(c).size());
                    buffer.labels.get(c).add(label);
                }
            }
        }
        buffer.rows = rows;
        return buffer;
    }
}
