package io.hyperjet.worker.signal;

import java.util.Arrays;

import org.agrona.collections.Object2IntHashMap;

/**
 * One tag column of a pair's signals ({@code enter_tag} or {@code exit_tag}): per row a code into a table of the
 * distinct tag strings, plus the list of rows written since the last {@link #clear()}.
 * <p>
 * Why codes: tags used to be a row-length {@code String[]} allocated by every epoch that set a tag (and copied by the
 * signal cache), ~0.8 MB per pair and epoch on a pair-year of 5m candles. Here the code and row arrays are allocated
 * on the first write and reused by every later epoch; a write costs a table lookup per call (per row only when the
 * tag changes from row to row), and a clear touches only the written rows, as {@link Signals#setRows(int, int[])}
 * does for the signal codes.
 * <p>
 * Rows never written read the column's {@link #defaultTag()}: {@code ""} after a clear (Freqtrade fills the tag
 * columns with "" before calling the strategy), null when a Python strategy's frame has no such column. A written
 * null is a null tag. Code 0 is "not written"; {@link #NULL_CODE} is null; strings start at 2. The table only grows
 * within an epoch and is dropped at a clear once it holds more than {@link #TABLE_RESET_SIZE} strings, so a strategy
 * that writes a distinct tag per row does not keep them all alive. Not threadsafe.
 */
public final class TagColumn
{
    /** The code of a written null tag. */
    static final int NULL_CODE = 1;
    /** Past this many distinct strings a clear drops the table, bounding its memory. */
    static final int TABLE_RESET_SIZE = 4096;
    private static final int FIRST_STRING_CODE = 2;
    private static final int MISSING = -1;

    private final int rows;
    /** Per row: 0 when not written, else a code into {@link #table}; allocated on the first write. */
    private int[] codes;
    /** The rows written since the last clear, each once, in the order written; {@link #written} of them. */
    private int[] writtenRows;
    private int written;
    private String[] table = new String[16];
    private int tableSize = FIRST_STRING_CODE;
    private final Object2IntHashMap<String> index = new Object2IntHashMap<>(MISSING);
    /** The last string looked up and its code: consecutive writes of one tag skip the hash lookup. */
    private String lastTag;
    private int lastCode;
    private String defaultTag = "";

    /**
     * An empty column: every row reads "".
     *
     * @param rows the pair's row count.
     */
    public TagColumn(final int rows)
    {
        this.rows = rows;
    }

    /** Forgets every written row and makes unwritten rows read "" again, touching only the written rows. */
    public void clear()
    {
        final int[] codes = this.codes;
        final int[] writtenRows = this.writtenRows;
        for (int k = 0, n = written; k < n; k++)
        {
            codes[writtenRows[k]] = 0;
        }
        written = 0;
        defaultTag = "";
        if (tableSize > TABLE_RESET_SIZE)
        {
            table = new String[16];
            tableSize = FIRST_STRING_CODE;
            index.clear();
            lastTag = null;
        }
    }

    /**
     * Sets what rows not written read (see the class comment); written rows keep their tags.
     *
     * @param tag "" or null.
     */
    public void defaultTag(final String tag)
    {
        defaultTag = tag;
    }

    /**
     * What rows not written read.
     *
     * @return "" or null.
     */
    public String defaultTag()
    {
        return defaultTag;
    }

    /**
     * The tag of a row.
     *
     * @param row a row of the pair.
     * @return the written tag (possibly null), else {@link #defaultTag()}.
     */
    public String tag(final int row)
    {
        final int code = null == codes ? 0 : codes[row];
        return 0 == code ? defaultTag : table[code];
    }

    /**
     * Writes one tag on one row.
     *
     * @param row a row of the pair.
     * @param tag the tag, null for a null tag.
     */
    public void set(final int row, final String tag)
    {
        write(row, code(tag));
    }

    /**
     * Writes one tag on the first {@code count} rows of {@code selection}: {@code loc[mask, 'enter_tag'] = tag}.
     *
     * @param selection rows of the pair.
     * @param count     how many of them.
     * @param tag       the tag, null for a null tag.
     */
    public void set(final int[] selection, final int count, final String tag)
    {
        final int code = code(tag);
        for (int k = 0; k < count; k++)
        {
            write(selection[k], code);
        }
    }

    /**
     * Replaces the column with per-row tags, for strategies that build a row-length array themselves.
     *
     * @param tags one tag per row (a "" row stays unwritten), or null for every row "".
     */
    public void copyFrom(final String[] tags)
    {
        clear();
        if (null == tags)
        {
            return;
        }
        for (int r = 0; r < rows; r++)
        {
            final String tag = tags[r];
            if (null == tag || !tag.isEmpty())
            {
                set(r, tag);
            }
        }
    }

    /**
     * How many rows were written since the last clear (each counted once).
     *
     * @return the count.
     */
    public int written()
    {
        return written;
    }

    /**
     * The k-th written row, in the order first written.
     *
     * @param k below {@link #written()}.
     * @return the row.
     */
    public int writtenRow(final int k)
    {
        return writtenRows[k];
    }

    /**
     * Every row's tag as an array, for tests and diagnostics (allocates).
     *
     * @return the tags, or null when every row reads "".
     */
    public String[] toArray()
    {
        boolean allEmpty = "".equals(defaultTag);
        for (int k = 0; k < written && allEmpty; k++)
        {
            allEmpty = "".equals(tag(writtenRows[k]));
        }
        if (allEmpty)
        {
            return null;
        }
        final String[] tags = new String[rows];
        for (int r = 0; r < rows; r++)
        {
            tags[r] = tag(r);
        }
        return tags;
    }

    public int rows()
    {
        return rows;
    }

    private void write(final int row, final int code)
    {
        if (null == codes)
        {
            codes = new int[rows];
            writtenRows = new int[rows];
        }
        if (0 == codes[row])
        {
            writtenRows[written++] = row;
        }
        codes[row] = code;
    }

    private int code(final String tag)
    {
        if (null == tag)
        {
            return NULL_CODE;
        }
        if (tag == lastTag)
        {
            return lastCode;
        }
        int code = index.getValue(tag);
        if (MISSING == code)
        {
            code = tableSize++;
            if (code == table.length)
            {
                table = Arrays.copyOf(table, 2 * code);
            }
            table[code] = tag;
            index.put(tag, code);
        }
        lastTag = tag;
        lastCode = code;
        return code;
    }
}
