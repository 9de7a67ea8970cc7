package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.PyMath;
import io.hyperjet.worker.metrics.TradeColumns;

/**
 * Freqtrade's default loss (alias DefaultHyperOptLoss): favours about 600 trades, a total profit ratio up to 3.0
 * and short trades: {@code 1 - 0.25 exp(-(n-600)^2 / 10^5.8) + max(0, 1 - sum(profit_ratio) / 3)
 * + 0.4 min(meanDur / 300, 1)}.
 */
public final class ShortTradeDurHyperOptLoss implements HyperoptLoss
{
    private static final int TARGET_TRADES = 600;
    private static final double TRADE_SPREAD = Math.pow(10.0, 5.8);
    private static final double EXPECTED_MAX_PROFIT = 3.0;
    private static final double MAX_ACCEPTED_DURATION_MIN = 300.0;

    @Override
    public double loss(final LossInput input)
    {
        final TradeColumns c = input.columns();
        final int n = c.count();
        final double totalProfit = PyMath.sum(c.profitRatio(), 0, n);
        final double meanDurationMin = PyMath.sum(c.durationMinutes(), 0, n) / n;
        final double delta = n - TARGET_TRADES;
        final double tradeLoss = 1.0 - 0.25 * Math.exp(-(delta * delta) / TRADE_SPREAD);
        final double profitLoss = Math.max(0.0, 1.0 - totalProfit / EXPECTED_MAX_PROFIT);
        final double durationLoss = 0.4 * Math.min(meanDurationMin / MAX_ACCEPTED_DURATION_MIN, 1.0);
        return tradeLoss + profitLoss + durationLoss;
    }
}
