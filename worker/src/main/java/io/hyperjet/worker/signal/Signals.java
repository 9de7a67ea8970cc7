package io.hyperjet.worker.signal;

import java.util.Arrays;

/**
 * The signal columns a strategy's entry and exit phases produce for one pair, as computed on the full frame
 * (startup candles included, not yet shifted: the backtester applies the one-candle shift).
 * <p>
 * Each signal row holds one of three codes, because the backtest rules test signals two ways: an entry needs the
 * value to be exactly 1, while an open trade treats any non-zero value as set. {@link #UNSET} is 0 or NaN,
 * {@link #ONE} is exactly 1, {@link #OTHER} is any other non-zero value. Tags are two {@link TagColumn}s (codes into a table of
 * the distinct strings), every row "" unless written (Freqtrade fills tags with "" before calling the strategy).
 * <p>
 * Allocated once per pair and refilled by each epoch; not threadsafe.
 * <p>
 * A column may carry its <em>set rows</em> ({@link #setRows(int)}): the rows whose code is not {@link #UNSET}, in
 * increasing order, declared by whoever wrote the column in full knowledge of them (the signal cache, which lists
 * them anyway). Then clearing touches only those rows instead of the whole column, and the backtester jumps from one
 * entry candidate to the next instead of scanning the column. Every method here that changes codes drops the
 * declaration; code that writes into a code array directly must go through {@link #zeroed(int)} (or {@link #clear},
 * {@link #clearEntry}, {@link #clearExit}) first, which is what the phases and the cache do.
 */
public final class Signals
{
    public static final byte UNSET = 0;
    public static final byte ONE = 1;
    public static final byte OTHER = 2;

    /** Column numbers for {@link #codes(int)}, {@link #zeroed(int)} and {@link #setRows(int)}. */
    public static final int ENTER_LONG = 0;
    public static final int EXIT_LONG = 1;
    public static final int ENTER_SHORT = 2;
    public static final int EXIT_SHORT = 3;
    public static final int COLUMNS = 4;

    private final int rows;
    private final byte[] enterLong;
    private final byte[] exitLong;
    private final byte[] enterShort;
    private final byte[] exitShort;
    private final TagColumn enterTags;
    private final TagColumn exitTags;
    /** Per column: its set rows when declared (shared, never written), else null. */
    private final int[][] setRows = new int[COLUMNS][];

    public Signals(final int rows)
    {
        this.rows = rows;
        this.enterLong = new byte[rows];
        this.exitLong = new byte[rows];
        this.enterShort = new byte[rows];
        this.exitShort = new byte[rows];
        this.enterTags = new TagColumn(rows);
        this.exitTags = new TagColumn(rows);
    }

    /**
     * The code of a numeric signal value.
     *
     * @param value the value a strategy or a data column holds.
     * @return {@link #UNSET}, {@link #ONE} or {@link #OTHER}.
     */
    public static byte code(final double value)
    {
        if (value == 1.0)
        {
            return ONE;
        }
        return value == 0.0 || Double.isNaN(value) ? UNSET : OTHER;
    }

    /** Clears every signal and tag, ready for the next epoch. */
    public void clear()
    {
        clearEntry();
        clearExit();
    }

    /** Clears the entry codes (long and short) and the entry tags, before an entry phase writes them. */
    public void clearEntry()
    {
        zeroed(ENTER_LONG);
        zeroed(ENTER_SHORT);
        enterTags.clear();
    }

    /** Clears the exit codes (long and short) and the exit tags, before an exit phase writes them. */
    public void clearExit()
    {
        zeroed(EXIT_LONG);
        zeroed(EXIT_SHORT);
        exitTags.clear();
    }

    /**
     * Sets every code of a column to {@link #UNSET} and drops its set-rows declaration: a column with declared rows
     * is cleared at those rows only, any other in full.
     *
     * @param column {@link #ENTER_LONG}, {@link #EXIT_LONG}, {@link #ENTER_SHORT} or {@link #EXIT_SHORT}.
     * @return the column's codes, all unset, for the caller to write.
     */
    public byte[] zeroed(final int column)
    {
        final byte[] codes = codes(column);
        final int[] rows = setRows[column];
        if (null == rows)
        {
            Arrays.fill(codes, UNSET);
        }
        else
        {
            for (final int r : rows)
            {
                codes[r] = UNSET;
            }
            setRows[column] = null;
        }
        return codes;
    }

    /**
     * Declares the rows of a column whose code is not {@link #UNSET}. The caller guarantees it: a wrong list makes
     * later clears leave codes behind and the backtester miss or invent entries.
     *
     * @param column a column number.
     * @param rows   exactly the set rows, in increasing order; kept (shared) and never written.
     */
    public void setRows(final int column, final int[] rows)
    {
        setRows[column] = rows;
    }

    /**
     * The declared set rows of a column (see {@link #setRows(int, int[])}).
     *
     * @param column a column number.
     * @return the rows in increasing order (not to be written), or null when not declared.
     */
    public int[] setRows(final int column)
    {
        return setRows[column];
    }

    /**
     * The codes of a column by number.
     *
     * @param column a column number.
     * @return the column's codes.
     */
    public byte[] codes(final int column)
    {
        switch (column)
        {
            case ENTER_LONG:
                return enterLong;
            case EXIT_LONG:
                return exitLong;
            case ENTER_SHORT:
                return enterShort;
            case EXIT_SHORT:
                return exitShort;
            default:
                throw new IllegalArgumentException("column=" + column);
        }
    }

    public int rows()
    {
        return rows;
    }

    public byte[] enterLong()
    {
        return enterLong;
    }

    public byte[] exitLong()
    {
        return exitLong;
    }

    public byte[] enterShort()
    {
        return enterShort;
    }

    public byte[] exitShort()
    {
        return exitShort;
    }

    /**
     * The entry tags ({@code enter_tag}), cleared with the entry codes.
     *
     * @return the column, reused for the pair's life.
     */
    public TagColumn enterTags()
    {
        return enterTags;
    }

    /**
     * The exit tags ({@code exit_tag}), cleared with the exit codes.
     *
     * @return the column, reused for the pair's life.
     */
    public TagColumn exitTags()
    {
        return exitTags;
    }

    /**
     * Replaces the entry tags with a row-length array a strategy built itself ({@link TagColumn#copyFrom}).
     *
     * @param tags one tag per row, or null for every row "".
     */
    public void enterTag(final String[] tags)
    {
        enterTags.copyFrom(tags);
    }

    /**
     * Replaces the exit tags with a row-length array a strategy built itself ({@link TagColumn#copyFrom}).
     *
     * @param tags one tag per row, or null for every row "".
     */
    public void exitTag(final String[] tags)
    {
        exitTags.copyFrom(tags);
    }
}
