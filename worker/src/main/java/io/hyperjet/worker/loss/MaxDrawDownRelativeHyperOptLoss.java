package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.PyMath;
import io.hyperjet.worker.metrics.TradeColumns;

/**
 * Profit over absolute and relative drawdown: {@code -P / |min dd| / max rel} on the series with the
 * starting balance; {@code -P} when the largest absolute drawdown is 0 or there are no trades.
 */
public final class MaxDrawDownRelativeHyperOptLoss implements HyperoptLoss
{
    @Override
    public double loss(final LossInput input)
    {
        final TradeColumns c = input.columns();
        final double profit = PyMath.sum(c.profitAbs(), 0, c.count());
        if (c.count() == 0)
        {
            return -profit;
        }
        input.drawdown().compute(c, input.startingBalance(), false, input.drawdownResult());
        final double maxDrawdown = Math.abs(input.drawdownResult().minDrawdown());
        if (maxDrawdown == 0.0)
        {
            return -profit;
        }
        return -profit / maxDrawdown / input.drawdownResult().maxRelative();
    }
}
