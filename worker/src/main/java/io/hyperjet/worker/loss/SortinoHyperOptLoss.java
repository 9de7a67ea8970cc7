package io.hyperjet.worker.loss;

/**
 * Minus the report's Sortino ratio (backtest-semantics.md 7.5).
 */
public final class SortinoHyperOptLoss implements HyperoptLoss
{
    @Override
    public double loss(final LossInput input)
    {
        return -input.ratios().sortino(input.columns(), input.minDateMs(), input.maxDateMs(), input.startingBalance());
    }
}
