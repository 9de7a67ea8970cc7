package io.hyperjet.coordinator.search;

/**
 * SplitMix64 generator with a fixed algorithm for doubles, bounded ints and Gaussians, so that a seed gives the
 * same stream on every JDK (the JDK's own generators may change their Gaussian or bounded algorithms).
 * <p>
 * Not threadsafe.
 */
public final class SeededRandom
{
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    public SeededRandom(final long seed)
    {
        this.state = seed;
    }

    /**
     * A generator for one epoch of a seeded run: the stream depends only on (seed, epoch), which is what lets a
     * sampler's proposal for an epoch be recomputed, or skipped on resume, without replaying earlier draws.
     *
     * @param seed  run seed.
     * @param epoch epoch number.
     * @return a fresh generator.
     */
    public static SeededRandom forEpoch(final long seed, final long epoch)
    {
        return new SeededRandom(mix(mix(seed) + epoch * GOLDEN_GAMMA));
    }

    static long mix(final long value)
    {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong()
    {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /**
     * @return uniform in [0, 1).
     */
    public double nextDouble()
    {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /**
     * @param bound exclusive upper bound, positive.
     * @return uniform in [0, bound).
     */
    public int nextInt(final int bound)
    {
        final long r = nextLong() >>> 33;
        return (int)((r * bound) >>> 31);
    }

    /**
     * @return a standard normal draw (Marsaglia's polar method, StrictMath for bit-stable results).
     */
    public double nextGaussian()
    {
        if (hasSpareGaussian)
        {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double v1;
        double v2;
        double s;
        do
        {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        }
        while (s >= 1 || s == 0);
        final double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v2 * multiplier;
        hasSpareGaussian = true;
        return v1 * multiplier;
    }
}
