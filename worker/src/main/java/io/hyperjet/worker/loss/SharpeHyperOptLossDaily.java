package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.PyMath;

/**
 * Minus the daily Sharpe ratio of {@code profit_ratio - 0.0005} summed per UTC day over the backtest range
 * (sample std); +20 when the std is 0, NaN with a single day.
 */
public final class SharpeHyperOptLossDaily implements HyperoptLoss
{
    private static final double SQRT_365 = Math.sqrt(365.0);
    private static final double FLAT = 20.0;

    @Override
    public double loss(final LossInput input)
    {
        final double[] days = input.dailyReturns();
        final int count = input.dailyCount();
        final double mean = PyMath.sum(days, 0, count) / count;
        final double std = PyMath.std(days, count, 1);
        if (std != 0.0)
        {
            return -(mean / std * SQRT_365);
        }
        return FLAT;
    }
}
