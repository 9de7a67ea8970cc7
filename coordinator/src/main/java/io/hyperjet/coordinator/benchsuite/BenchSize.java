package io.hyperjet.coordinator.benchsuite;

import java.util.Locale;

import io.hyperjet.common.UserInputException;

/**
 * Dataset sizes of the benchmark suite, in pair-years of 5m candles (105,120 rows per pair-year).
 */
public enum BenchSize
{
    /** For smoke tests of the suite itself: one pair, about 3.5 days. Not documented as a benchmark size. */
    TINY(1, 1_000),
    SMALL(1, BenchSize.ROWS_PER_YEAR_5M),
    MEDIUM(10, BenchSize.ROWS_PER_YEAR_5M),
    LARGE(50, BenchSize.ROWS_PER_YEAR_5M);

    public static final int ROWS_PER_YEAR_5M = 105_120;

    private final int pairs;
    private final int rowsPerPair;

    BenchSize(final int pairs, final int rowsPerPair)
    {
        this.pairs = pairs;
        this.rowsPerPair = rowsPerPair;
    }

    public int pairs()
    {
        return pairs;
    }

    public int rowsPerPair()
    {
        return rowsPerPair;
    }

    /**
     * Epochs of each cache benchmark's hyperopt: enough for the caches to fill and serve, fewer on the smoke-test
     * size.
     *
     * @return the epoch count.
     */
    public int cacheEpochs()
    {
        return this == TINY ? 30 : 200;
    }

    public String label()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a size name.
     *
     * @param name small, medium, large (or tiny).
     * @return the size.
     * @throws UserInputException for any other name.
     */
    public static BenchSize of(final String name)
    {
        for (final BenchSize size : values())
        {
            if (size.label().equals(name))
            {
                return size;
            }
        }
        throw new UserInputException("--size must be small, medium or large, was '" + name + "'");
    }
}
