package io.hyperjet.coordinator.search;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Quasi-Monte Carlo search: the epoch-th point of a Sobol or Halton sequence in the unit cube, shifted by a seeded
 * random vector modulo 1 (a Cranley-Patterson rotation, so seeds give different but equally even sequences), then
 * mapped onto each dimension. Ignores results.
 */
final class QmcProposer implements Proposer
{
    /**
     * Which low-discrepancy sequence to use.
     */
    enum Sequence
    {
        SOBOL, HALTON
    }

    private static final int MAX_SOBOL_DIMENSIONS = 1000;

    private final SearchSpace space;
    private final Sequence sequence;
    private final double[] shift;
    private final SobolSequenceGenerator sobol;
    private final int[] primes;

    QmcProposer(final SearchSpace space, final Sequence sequence, final long seed)
    {
        this.space = space;
        this.sequence = sequence;
        final int dimensions = space.size();
        this.shift = new double[dimensions];
        final SeededRandom rng = new SeededRandom(SeededRandom.mix(seed ^ 0x51_4D_43L));
        for (int i = 0; i < dimensions; i++)
        {
            shift[i] = rng.nextDouble();
        }
        if (sequence == Sequence.SOBOL)
        {
            if (dimensions > MAX_SOBOL_DIMENSIONS)
            {
                throw new IllegalArgumentException("Sobol sequence supports at most " + MAX_SOBOL_DIMENSIONS +
                    " dimensions, space has " + dimensions);
            }
            this.sobol = new SobolSequenceGenerator(dimensions);
            this.primes = null;
        }
        else
        {
            this.sobol = null;
            this.primes = firstPrimes(dimensions);
        }
    }

    @Override
    public void propose(final long epoch, final SeededRandom rng, final double[] out)
    {
        final long index = epoch - 1;
        if (sequence == Sequence.SOBOL)
        {
            if (index > Integer.MAX_VALUE)
            {
                throw new IllegalStateException("Sobol index beyond int range: " + index);
            }
            final double[] raw = sobol.skipTo((int)index);
            for (int i = 0; i < out.length; i++)
            {
                out[i] = space.dimension(i).fromUnit(rotate(raw[i], i));
            }
        }
        else
        {
            for (int i = 0; i < out.length; i++)
            {
                out[i] = space.dimension(i).fromUnit(rotate(radicalInverse(index + 1, primes[i]), i));
            }
        }
    }

    @Override
    public void observe(final double[] coordinates, final double loss)
    {
    }

    private double rotate(final double u, final int dimension)
    {
        final double shifted = u + shift[dimension];
        return shifted >= 1 ? shifted - 1 : shifted;
    }

    static double radicalInverse(final long index, final int base)
    {
        double result = 0;
        double fraction = 1.0 / base;
        long rest = index;
        while (rest > 0)
        {
            result += (rest % base) * fraction;
            rest /= base;
            fraction /= base;
        }
        return result;
    }

    private static int[] firstPrimes(final int count)
    {
        final int[] primes = new int[count];
        int found = 0;
        for (int candidate = 2; found < count; candidate++)
        {
            boolean prime = true;
            for (int i = 0; i < found && primes[i] * primes[i] <= candidate; i++)
            {
                if (candidate % primes[i] == 0)
                {
                    prime = false;
                    break;
                }
            }
            if (prime)
            {
                primes[found++] = candidate;
            }
        }
        return primes;
    }
}
