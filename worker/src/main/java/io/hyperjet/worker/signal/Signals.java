package io.hyperjet.worker.signal;

import java.util.Arrays;

/**
 * The signal columns a strategy's entry and exit phases produce for one pair, as computed on the full frame
 * (startup candles included, not yet shifted: the backtester applies the one-candle shift).
 * <p>
 * Each signal row holds one of three codes, because the backtest rules test signals two ways: an entry needs the
 * value to be exactly 1, while an open trade treats any non-zero value as set. {@link #UNSET} is 0 or NaN,
 * {@link #ONE} is exactly 1, {@link #OTHER} is any other non-zero value. Tags are per-row strings; a null tag
 * array means every row's tag is the empty string (Freqtrade fills tags with "" before calling the strategy), a
 * null element is a null tag.
 * <p>
 * Allocated once per pair and refilled by each epoch; not threadsafe.
 */
public final class Signals
{
    public static final byte UNSET = 0;
    public static final byte ONE = 1;
    public static final byte OTHER = 2;

    private final int rows;
    private final byte[] enterLong;
    private final byte[] exitLong;
    private final byte[] enterShort;
    private final byte[] exitShort;
    private String[] enterTag;
    private String[] exitTag;

    public Signals(final int rows)
    {
        this.rows = rows;
        this.enterLong = new byte[rows];
        this.exitLong = new byte[rows];
        this.enterShort = new byte[rows];
        this.exitShort = new byte[rows];
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
        Arrays.fill(enterLong, UNSET);
        Arrays.fill(exitLong, UNSET);
        Arrays.fill(enterShort, UNSET);
        Arrays.fill(exitShort, UNSET);
        enterTag = null;
        exitTag = null;
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
     * Per-row entry tags, or null when every tag is "".
     *
     * @return the tags or null.
     */
    public String[] enterTag()
    {
        return enterTag;
    }

    /**
     * Per-row exit tags, or null when every tag is "".
     *
     * @return the tags or null.
     */
    public String[] exitTag()
    {
        return exitTag;
    }

    /**
     * Sets the entry tags array (length {@link #rows()}), or null for all "".
     *
     * @param tags the tags.
     */
    public void enterTag(final String[] tags)
    {
        this.enterTag = tags;
    }

    /**
     * Sets the exit tags array (length {@link #rows()}), or null for all "".
     *
     * @param tags the tags.
     */
    public void exitTag(final String[] tags)
    {
        this.exitTag = tags;
    }
}
