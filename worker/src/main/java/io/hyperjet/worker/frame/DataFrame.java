package io.hyperjet.worker.frame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named series of equal length, like a pandas {@code DataFrame}: a pair's candles and indicators, or the named
 * outputs of a multi-output indicator ({@code ta.MACD(df).get("macdsignal")}).
 */
public final class DataFrame
{
    private final Map<String, Series> columns;
    private final int rows;

    private DataFrame(final Map<String, Series> columns, final int rows)
    {
        this.columns = columns;
        this.rows = rows;
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
        final Map<String, Series> columns = new LinkedHashMap<>();
        final int rows = series.get(0).size();
        for (int i = 0; i < names.size(); i++)
        {
            if (series.get(i).size() != rows)
            {
                throw new IllegalArgumentException("column " + names.get(i) + " has " + series.get(i).size()
                    + " rows, not " + rows);
            }
            columns.put(names.get(i), series.get(i));
        }
        return new DataFrame(columns, rows);
    }

    /** @return the number of rows. */
    public int rows()
    {
        return rows;
    }

    /**
     * @param name a column name.
     * @return that column.
     * @throws IllegalArgumentException when there is no such column.
     */
    public Series get(final String name)
    {
        final Series series = columns.get(name);
        if (series == null)
        {
            throw new IllegalArgumentException("no column '" + name + "'; columns: " + columns.keySet());
        }
        return series;
    }
}
