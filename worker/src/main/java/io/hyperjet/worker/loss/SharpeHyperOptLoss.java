package io.hyperjet.worker.loss;

/**
 * Minus the report's Sharpe ratio (backtest-semantics.md 7.5).
 */
public final class SharpeHyperOptLoss implements HyperoptLoss
{
    @Override
    public double loss(final LossInput input)
    {
        return -input.ratios().sharpe(input.columns(), input.minDateMs(), input.maxDateMs(), input.startingBalance());
    }
}
