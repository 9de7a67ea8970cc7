package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.PyMath;
import io.hyperjet.worker.metrics.TradeColumns;

/**
 * Profit over the largest absolute drawdown computed without a starting balance:
 * {@code -P / drawdown_abs}, or {@code -P} when there is no drawdown.
 */
public final class MaxDrawDownHyperOptLoss implements HyperoptLoss
{
    @Override
    public double loss(final LossInput input)
    {
        final TradeColumns c = input.columns();
        final double profit = PyMath.sum(c.profitAbs(), 0, c.count());
        if (!input.drawdown().compute(c, 0.0, false, input.drawdownResult()))
        {
            return -profit;
        }
        return -profit / input.drawdownResult().drawdownAbs();
    }
}
