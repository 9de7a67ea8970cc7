package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.PyMath;
import io.hyperjet.worker.metrics.TradeColumns;

/**
 * Profit reduced by the account drawdown: {@code -(P - R P (1 - 0.075))}, R = {@code max_drawdown_account}.
 */
public final class ProfitDrawDownHyperOptLoss implements HyperoptLoss
{
    private static final double DRAWDOWN_MULT = 0.075;

    @Override
    public double loss(final LossInput input)
    {
        final TradeColumns c = input.columns();
        final double profit = PyMath.sum(c.profitAbs(), 0, c.count());
        final double r = input.maxDrawdownAccount();
        return -(profit - (r * profit) * (1.0 - DRAWDOWN_MULT));
    }
}
