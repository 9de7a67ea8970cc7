package io.hyperjet.coordinator.hyperopt;

import java.util.Locale;

import io.hyperjet.common.UserInputException;

/**
 * {@code hyperopt_results_trades}: which epochs' .fthypt lines carry their trades and full result tables. The others
 * carry the compact {@code results_metrics} {@code hyperopt-list} needs; {@code hyperjet hyperopt-show} re-runs
 * such an epoch to show its tables.
 */
public enum ResultsTrades
{
    /** Epochs that were a new best when committed (the default). */
    BEST,
    /** Every epoch: Freqtrade's own layout. */
    ALL,
    /** No epoch. */
    NONE;

    /**
     * Parses the config value.
     *
     * @param value  best, all or none.
     * @param source where the value came from, for the message.
     * @return the setting.
     */
    public static ResultsTrades parse(final String value, final String source)
    {
        for (final ResultsTrades t : values())
        {
            if (t.id().equals(value))
            {
                return t;
            }
        }
        throw new UserInputException(source + ": hyperopt_results_trades '" + value + "' is not one of best, all, " +
            "none");
    }

    public String id()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The loss below which a worker is to send an epoch's full results, given the best loss committed when the
     * epoch is handed out. The best can only fall before the epoch commits, so every epoch that will be a new best
     * is below it; a few that will not be are sent in full too and stored compact.
     *
     * @param currentBest the best loss committed so far.
     * @return the threshold.
     */
    public double fullBelow(final double currentBest)
    {
        return switch (this)
        {
            case ALL -> Double.POSITIVE_INFINITY;
            case NONE -> Double.NEGATIVE_INFINITY;
            case BEST -> currentBest;
        };
    }

    /**
     * Whether a committed epoch's line carries its full results.
     *
     * @param isBest whether it is a new best.
     * @return true for the full results.
     */
    public boolean storesFull(final boolean isBest)
    {
        return this == ALL || (this == BEST && isBest);
    }
}
