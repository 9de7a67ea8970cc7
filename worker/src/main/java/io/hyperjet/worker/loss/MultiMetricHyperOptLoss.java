package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.PyMath;
import io.hyperjet.worker.metrics.TradeColumns;
import io.hyperjet.worker.metrics.WinLoss;

/**
 * Profit weighted by profit factor, expectancy ratio, win rate, drawdown and a penalty below 50 trades
 * (backtest-semantics.md 9).
 */
public final class MultiMetricHyperOptLoss implements HyperoptLoss
{
    private static final double DRAWDOWN_MULT = 0.055;
    private static final int MIN_TRADES = 50;

    @Override
    public double loss(final LossInput input)
    {
        final TradeColumns c = input.columns();
        final int n = c.count();
        final double profit = PyMath.sum(c.profitAbs(), 0, n);
        final WinLoss wl = input.winLoss();
        final double profitFactor = wl.winSum() / (Math.abs(wl.lossSum()) + 1e-6);
        final double a = Math.log(profitFactor + 1.0);
        final double expectancyRatio = wl.expectancyRatio();
        final double b = expectancyRatio > 10.0 ? Math.log(1.01) : Math.log(expectancyRatio + 2.0);
        final double winrate = (double)wl.winCount() / n;
        final double c3 = Math.log(1.2 + winrate);
        final double r = input.maxDrawdownAccount();
        final double penalty = n < MIN_TRADES ?
            Math.max(0.1, 1.0 - Math.abs(n - MIN_TRADES) / (double)MIN_TRADES) : 1.0;
        return -((profit - (r * profit) * (1.0 - DRAWDOWN_MULT)) * a * b * c3 * penalty);
    }
}
