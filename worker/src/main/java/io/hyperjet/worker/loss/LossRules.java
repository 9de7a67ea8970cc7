package io.hyperjet.worker.loss;

/**
 * The rules around a loss (backtest-semantics.md 9): the min-trades rule and which epoch is best.
 * <p>
 * Not thread-safe: the coordinator judges epochs in evaluation order on one thread.
 */
public final class LossRules
{
    /** Loss of an epoch with fewer trades than {@code hyperopt_min_trades}. */
    public static final double MAX_LOSS = 100_000.0;
    /** Best loss before any epoch: only a loss below it can be best. */
    public static final double INITIAL_BEST = 100.0;
    /** Default of {@code hyperopt_min_trades}. */
    public static final int MIN_TRADES_DEFAULT = 1;

    private final int minTrades;
    private double currentBest = INITIAL_BEST;

    /**
     * @param minTrades {@code hyperopt_min_trades}.
     */
    public LossRules(final int minTrades)
    {
        this.minTrades = minTrades;
    }

    /**
     * The loss of an epoch: {@link #MAX_LOSS} below the minimum trade count (the loss is not called), else the
     * loss function's value.
     *
     * @param loss  the loss function.
     * @param input the epoch's result.
     * @return the loss.
     */
    public double evaluate(final HyperoptLoss loss, final LossInput input)
    {
        return input.tradeCount() < minTrades ? MAX_LOSS : loss.loss(input);
    }

    /**
     * Judge the next epoch in evaluation order: best when its loss is strictly below every earlier best (and
     * below {@link #INITIAL_BEST}); NaN is never best.
     *
     * @param loss the epoch's loss.
     * @return true when this epoch is the new best.
     */
    public boolean offer(final double loss)
    {
        if (loss < currentBest)
        {
            currentBest = loss;
            return true;
        }
        return false;
    }

    public double currentBest()
    {
        return currentBest;
    }

    public int minTrades()
    {
        return minTrades;
    }
}
