package io.hyperjet.worker.loss;

/**
 * A user-defined loss for the lookup tests: the trade count.
 */
public final class ConstantLoss implements HyperoptLoss
{
    @Override
    public double loss(final LossInput input)
    {
        return input.tradeCount();
    }
}
