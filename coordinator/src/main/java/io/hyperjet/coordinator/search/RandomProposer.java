package io.hyperjet.coordinator.search;

/**
 * Uniform random search: every dimension drawn independently and uniformly.
 */
final class RandomProposer implements Proposer
{
    private final SearchSpace space;

    RandomProposer(final SearchSpace space)
    {
        this.space = space;
    }

    @Override
    public void propose(final long epoch, final SeededRandom rng, final double[] out)
    {
        for (int i = 0; i < out.length; i++)
        {
            out[i] = space.dimension(i).sampleUniform(rng);
        }
    }

    @Override
    public void observe(final double[] coordinates, final double loss)
    {
    }
}
