package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.Ratios;

/**
 * Minus the report's Calmar ratio (backtest-semantics.md 7.5).
 */
public final class CalmarHyperOptLoss implements HyperoptLoss
{
    @Override
    public double loss(final LossInput input)
    {
        return -Ratios.calmar(input.columns(), input.minDateMs(), input.maxDateMs(), input.startingBalance(),
            input.maxDrawdownAccount());
    }
}
