package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.PyMath;
import io.hyperjet.worker.metrics.TradeColumns;

/**
 * Minus the total absolute profit.
 */
public final class OnlyProfitHyperOptLoss implements HyperoptLoss
{
    @Override
    public double loss(final LossInput input)
    {
        final TradeColumns c = input.columns();
        return -PyMath.sum(c.profitAbs(), 0, c.count());
    }
}
