package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.PyMath;

/**
 * Minus the daily Sortino ratio of {@code profit_ratio - 0.0005} summed per UTC day over the backtest range,
 * downside deviation over all days; +20 when it is 0.
 */
public final class SortinoHyperOptLossDaily implements HyperoptLoss
{
    private static final double SQRT_365 = Math.sqrt(365.0);
    private static final double FLAT = 20.0;

    @Override
    public double loss(final LossInput input)
    {
        final double[] days = input.dailyReturns();
        final int count = input.dailyCount();
        final double mean = PyMath.sum(days, 0, count) / count;
        final double[] squares = input.scratch(count);
        for (int i = 0; i < count; i++)
        {
            final double down = days[i] < 0.0 ? days[i] : 0.0;
            squares[i] = down * down;
        }
        final double downStd = Math.sqrt(PyMath.sum(squares, 0, count) / count);
        if (downStd != 0.0)
        {
            return -(mean / downStd * SQRT_365);
        }
        return FLAT;
    }
}
