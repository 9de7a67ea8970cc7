package io.hyperjet.worker.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.LongColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IndicatorColumns;

/**
 * Named series of equal length, like a pandas {@code DataFrame}: a pair's candles and indicators in a
 * {@link FrameStrategy}'s phases, or the named outputs of a multi-output indicator
 * ({@code ta.MACD(df).get("macdsignal")}).
 * <p>
 * A strategy's frame is bound to its phase: in {@code populateIndicators} {@link #set} materializes the column and
 * hands it to the indicator columns that go to shared memory; in {@code populateEntryTrend}/{@code ExitTrend}
 * {@link #loc} writes the signal codes and tags the backtester reads ({@code enter_long}, {@code exit_long},
 * {@code enter_short}, {@code exit_short}, {@code enter_tag}, {@code exit_tag}; Freqtrade's legacy names
 * {@code buy}, {@code sell}, {@code buy_tag} map to them). Candle and indicator columns are read in place; other
 * columns set during a signal phase live only in that phase, as pandas columns a strategy adds there are not seen
 * by the backtest either. Not threadsafe.
 */
public final class DataFrame
{
    private static final String ENTER_TAG = "enter_tag";
    private static final String EXIT_TAG = "exit_tag";

    private final FrameContext context;
    private final int rows;
    private final Map<String, Series> columns = new LinkedHashMap<>();
    private final PairFrame frame;
    private final IndicatorColumns indicators;
    private final Signals signals;

    private DataFrame(final FrameContext context, final int rows, final PairFrame frame,
        final IndicatorColumns indicators, final Signals signals)
    {
        this.context = context;
        this.rows = rows;
        this.frame = frame;
        this.indicators = indicators;
        this.signals = signals;
    }

    /**
     * A frame of the given columns, in that order.
     *
     * @param names  column names.
     * @param series one series per name, all of one length.
     * @return the frame.
     */
    public static DataFrame ofColumns(final List<String> names, final List<Series> series)
    {
        if (names.size() != series.size() || names.isEmpty())
        {
            throw new IllegalArgumentException("need one series per name, at least one: " + names);
        }
        final int rows = series.get(0).size();
        final DataFrame df = new DataFrame(series.get(0).context(), rows, null, null, null);
        for (int i = 0; i < names.size(); i++)
        {
            df.set(names.get(i), series.get(i));
        }
        return df;
    }

    /** The frame of an indicator phase: reads the candles, {@link #set} writes into {@code out}. */
    static DataFrame forIndicators(final FrameContext context, final PairFrame frame, final IndicatorColumns out)
    {
        return new DataFrame(context, frame.rows(), frame, out, null);
    }

    /** The frame of an entry or exit phase: reads candles and indicators, {@link #loc} writes {@code signals}. */
    static DataFrame forSignals(final FrameContext context, final PairFrame frame, final Signals signals)
    {
        return new DataFrame(context, frame.rows(), frame, null, signals);
    }

    /**
     * The pair's candles (and, in a signal phase, its indicator columns) this frame is bound to, or null for a frame
     * of series ({@link #ofColumns}); for facades that key a cache on the pair, such as the indicator cache.
     *
     * @return the bound frame or null.
     */
    public PairFrame pairFrame()
    {
        return frame;
    }

    /**
     * Whether {@code get(name)} reads the bound frame's column of that name (not a column set on this frame).
     *
     * @param name a column name.
     * @return true when the bound frame's column is what the name reads.
     */
    boolean readsFrameColumn(final String name)
    {
        return null != frame && !columns.containsKey(name) && null != frame.column(name);
    }

    /** @return the number of rows. */
    public int rows()
    {
        return rows;
    }

    /** @return the column names: candles first ({@code date} included), then the columns set, in order. */
    public List<String> columns()
    {
        final List<String> names = new ArrayList<>();
        if (null != frame)
        {
            names.add(PairFrame.DATE);
            names.addAll(frame.columns().keySet());
        }
        for (final String name : columns.keySet())
        {
            if (!names.contains(name))
            {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * @param name a column name.
     * @return whether the frame has it.
     */
    public boolean has(final String name)
    {
        return columns.containsKey(name) ||
            (null != frame && (PairFrame.DATE.equals(name) || null != frame.column(name)));
    }

    /**
     * {@code dataframe[name]}: the candles ({@code date} as epoch ms, {@code open}, {@code high}, {@code low},
     * {@code close}, {@code volume}) and every indicator column.
     *
     * @param name a column name.
     * @return that column.
     * @throws IllegalArgumentException when there is no such column.
     */
    public Series get(final String name)
    {
        final Series series = columns.get(name);
        if (null != series)
        {
            return series;
        }
        if (null != frame)
        {
            final DoubleColumn column = frame.column(name);
            if (null != column)
            {
                return new Series(context, rows, new SeriesExpr.Column(column));
            }
            if (PairFrame.DATE.equals(name))
            {
                final Series date = new Series(context, dates(frame.date()));
                columns.put(name, date);
                return date;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "'; columns: " + columns());
    }

    private static double[] dates(final LongColumn date)
    {
        final double[] values = new double[date.rows()];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = date.get(i);
        }
        return values;
    }

    /**
     * {@code dataframe[name] = series}. In an indicator phase the column is materialized and kept for the signal
     * phases; assigning a signal column in a signal phase sets every row's code.
     *
     * @param name   the column name.
     * @param series the values, {@link #rows()} long.
     */
    public void set(final String name, final Series series)
    {
        if (series.size() != rows)
        {
            throw new IllegalArgumentException("column '" + name + "' has " + series.size() + " rows, frame has " +
                rows);
        }
        final byte[] codes = signalCodes(name);
        if (null != codes)
        {
            for (int i = 0; i < rows; i++)
            {
                codes[i] = Signals.code(series.get(i));
            }
            return;
        }
        if (null != indicators)
        {
            final double[] values = series.values();
            indicators.put(name, values);
            columns.put(name, new Series(context, values));
            return;
        }
        columns.put(name, series);
    }

    /**
     * {@code dataframe[name] = value}: the number on every row.
     *
     * @param name  the column name.
     * @param value the value.
     */
    public void set(final String name, final double value)
    {
        final double[] values = new double[rows];
        Arrays.fill(values, value);
        set(name, new Series(context, values));
    }

    /**
     * {@code dataframe.loc[mask, column] = value}: on the rows where the mask holds; a column that does not exist
     * yet is NaN elsewhere, as in pandas. {@code enter_long = 1} is an entry signal.
     *
     * @param mask   the rows.
     * @param column the column.
     * @param value  the value.
     */
    public void loc(final Mask mask, final String column, final double value)
    {
        mask.expr(rows);
        final int[] selection = context.selection(rows);
        final int count = mask.select(selection);
        final byte[] codes = signalCodes(column);
        if (null != codes)
        {
            final byte code = Signals.code(value);
            for (int k = 0; k < count; k++)
            {
                codes[selection[k]] = code;
            }
            return;
        }
        final double[] values;
        if (has(column))
        {
            values = get(column).values().clone();
        }
        else
        {
            values = new double[rows];
            Arrays.fill(values, Double.NaN);
        }
        for (int k = 0; k < count; k++)
        {
            values[selection[k]] = value;
        }
        set(column, new Series(context, values));
    }

    /**
     * {@code dataframe.loc[mask, 'enter_tag'] = tag} (or {@code exit_tag}) in an entry or exit phase.
     *
     * @param mask   the rows.
     * @param column {@code enter_tag} or {@code exit_tag}.
     * @param tag    the tag.
     */
    public void loc(final Mask mask, final String column, final String tag)
    {
        mask.expr(rows);
        final boolean entry = ENTER_TAG.equals(column) || "buy_tag".equals(column);
        if (null == signals || !(entry || EXIT_TAG.equals(column)))
        {
            throw new IllegalArgumentException("text column '" + column + "': only enter_tag and exit_tag, in " +
                "populateEntryTrend or populateExitTrend");
        }
        final int[] selection = context.selection(rows);
        final int count = mask.select(selection);
        (entry ? signals.enterTags() : signals.exitTags()).set(selection, count, tag);
    }

    private byte[] signalCodes(final String name)
    {
        if (null == signals)
        {
            return null;
        }
        switch (name)
        {
            case "enter_long":
            case "buy":
                return signals.enterLong();
            case "exit_long":
            case "sell":
                return signals.exitLong();
            case "enter_short":
                return signals.enterShort();
            case "exit_short":
                return signals.exitShort();
            default:
                return null;
        }
    }
}
