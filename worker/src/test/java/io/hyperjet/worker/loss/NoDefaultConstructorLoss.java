package io.hyperjet.worker.loss;

/**
 * A loss class the lookup must refuse: it has no no-arg constructor.
 */
public final class NoDefaultConstructorLoss implements HyperoptLoss
{
    private final double value;

    public NoDefaultConstructorLoss(final double value)
    {
        this.value = value;
    }

    @Override
    public double loss(final LossInput input)
    {
        return value;
    }
}
