package io.hyperjet.coordinator.search;

import java.util.Arrays;

/**
 * {@link StrictMath#exp(double)} with a direct-mapped memory of recent arguments. TPE's Parzen estimators on grid
 * dimensions evaluate the same few exponents again and again (integer distances over a handful of kernel widths,
 * the same kernels fitted ask after ask), and StrictMath's exp costs more than a table probe. A hit returns the
 * value StrictMath computed for exactly that argument (raw bits compared), so results are bit-identical to calling
 * StrictMath every time.
 * <p>
 * Not threadsafe: one per estimator.
 */
final class ExpMemo
{
    private static final int SLOT_BITS = 12;
    private static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;

    // Package-private so that a hot loop can probe a slot inline (see ParzenEstimator.logDensity): at C1, which
    // the coordinator runs, a call per probe costs as much as the probe.
    final long[] arguments = new long[1 << SLOT_BITS];
    final double[] results = new double[1 << SLOT_BITS];

    ExpMemo()
    {
        // An empty slot holds exp(NaN) = NaN for the canonical NaN, a true entry, so no slot needs an empty marker.
        Arrays.fill(arguments, Double.doubleToRawLongBits(Double.NaN));
        Arrays.fill(results, Double.NaN);
    }

    /**
     * @param x the exponent.
     * @return {@code StrictMath.exp(x)}, bit for bit.
     */
    double exp(final double x)
    {
        final long bits = Double.doubleToRawLongBits(x);
        final int slot = slot(bits);
        if (arguments[slot] == bits)
        {
            return results[slot];
        }
        final double result = StrictMath.exp(x);
        arguments[slot] = bits;
        results[slot] = result;
        return result;
    }

    /**
     * @param bits raw bits of an exponent.
     * @return the slot that may hold it.
     */
    static int slot(final long bits)
    {
        return (int)((bits * HASH_MULTIPLIER) >>> (Long.SIZE - SLOT_BITS));
    }
}
