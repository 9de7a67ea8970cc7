package io.hyperjet.coordinator.search;

import java.util.Arrays;

/**
 * One-dimensional Parzen estimator over {@code [low, high]} for TPE: a truncated Gaussian kernel per observation
 * plus a wide prior kernel at the centre, each with weight 1. A kernel's width is the larger gap to its sorted
 * neighbours, clipped to {@code [(high - low) / min(100, 1 + n), high - low]}, so that crowded observations give
 * sharp peaks and lone ones broad hills.
 * <p>
 * Observations of grid dimensions repeat a lot (a few dozen values, hundreds of observations), and equal neighbours
 * get equal widths, so runs of identical kernels are common. The fit marks each kernel equal to its predecessor
 * (same centre, same width, hence the same scale) and {@link #logDensity(double)} reuses the predecessor's term for
 * it instead of another exp: the same value added in the same order, so the sums are bit-identical to computing
 * every term.
 * <p>
 * Reused across fits; not threadsafe.
 */
final class ParzenEstimator
{
    private static final double SQRT_HALF = StrictMath.sqrt(0.5);
    private static final double NEGLIGIBLE_LOG_RATIO = 40;
    private static final double TAIL_SIGMAS = 8.3;
    private static final double REACH_SIGMAS = StrictMath.sqrt(2 * NEGLIGIBLE_LOG_RATIO);

    private double[] mus = new double[16];
    private double[] sigmas = new double[16];
    private double[] scales = new double[16];
    private double[] inverseSigmas = new double[16];
    private boolean[] repeats = new boolean[16];
    private final ExpMemo expMemo = new ExpMemo();
    private int kernels;
    private double low;
    private double high;
    private int priorIndex;
    private double reach;

    /**
     * @param values observations; sorted in place.
     * @param count  how many of {@code values} to use.
     * @param low    domain lower bound.
     * @param high   domain upper bound.
     */
    void fit(final double[] values, final int count, final double low, final double high)
    {
        this.low = low;
        this.high = high;
        kernels = count + 1;
        if (mus.length < kernels)
        {
            final int capacity = Math.max(kernels, mus.length * 2);
            mus = new double[capacity];
            sigmas = new double[capacity];
            scales = new double[capacity];
            inverseSigmas = new double[capacity];
            repeats = new boolean[capacity];
        }
        Arrays.sort(values, 0, count);
        final double range = high - low;
        final double prior = 0.5 * (low + high);
        priorIndex = 0;
        while (priorIndex < count && values[priorIndex] <= prior)
        {
            priorIndex++;
        }
        System.arraycopy(values, 0, mus, 0, priorIndex);
        mus[priorIndex] = prior;
        System.arraycopy(values, priorIndex, mus, priorIndex + 1, count - priorIndex);

        final double minSigma = range / Math.min(100.0, 1.0 + kernels);
        for (int i = 0; i < kernels; i++)
        {
            final double left = i == 0 ? mus[0] - low : mus[i] - mus[i - 1];
            final double right = i == kernels - 1 ? high - mus[i] : mus[i + 1] - mus[i];
            double sigma = Math.max(left, right);
            if (kernels >= 3 && i == 0)
            {
                sigma = right;
            }
            else if (kernels >= 3 && i == kernels - 1)
            {
                sigma = left;
            }
            sigmas[i] = Math.min(range, Math.max(minSigma, sigma));
        }
        sigmas[priorIndex] = range;
        double widest = 0;
        for (int i = 0; i < kernels; i++)
        {
            if (i != priorIndex)
            {
                widest = Math.max(widest, sigmas[i]);
            }
            repeats[i] = i > 0 && Double.doubleToRawLongBits(mus[i]) == Double.doubleToRawLongBits(mus[i - 1]) &&
                sigmas[i] == sigmas[i - 1];
            if (repeats[i])
            {
                scales[i] = scales[i - 1];
                inverseSigmas[i] = inverseSigmas[i - 1];
                continue;
            }
            final double mass = normalCdf((high - mus[i]) / sigmas[i]) - normalCdf((low - mus[i]) / sigmas[i]);
            scales[i] = 1.0 / (sigmas[i] * mass);
            inverseSigmas[i] = 1.0 / sigmas[i];
        }
        reach = REACH_SIGMAS * widest;
    }

    /**
     * @param rng source of randomness.
     * @return a draw from the mixture, inside {@code [low, high]}.
     */
    double sample(final SeededRandom rng)
    {
        final int kernel = rng.nextInt(kernels);
        final double mu = mus[kernel];
        final double sigma = sigmas[kernel];
        for (int attempt = 0; attempt < 16; attempt++)
        {
            final double x = mu + sigma * rng.nextGaussian();
            if (x >= low && x <= high)
            {
                return x;
            }
        }
        return low + rng.nextDouble() * (high - low);
    }

    /**
     * Works in the linear domain, one log per call: the prior kernel spans the whole domain (z at most about 0.5),
     * so the sum never underflows. A kernel more than sqrt(2 * 40) sigma away adds less than e^-40 of the prior's
     * share and is skipped; as the centres are sorted, a binary search finds the few kernels within reach of the
     * widest one, so a call costs about the number of nearby kernels rather than all of them.
     *
     * @return the log density at x, up to a constant shared by every estimator.
     */
    double logDensity(final double x)
    {
        int first = 0;
        int last = kernels;
        while (first < last)
        {
            final int mid = (first + last) >>> 1;
            if (mus[mid] < x - reach)
            {
                first = mid + 1;
            }
            else
            {
                last = mid;
            }
        }
        final double limit = x + reach;
        double sum = 0;
        double term = 0;
        int i = first;
        for (; i < kernels && mus[i] <= limit; i++)
        {
            // repeats[first] is false: an equal kernel before it would lie within reach as well
            if (!repeats[i])
            {
                term = term(i, x);
            }
            sum += term;
        }
        if (priorIndex < first || priorIndex >= i)
        {
            sum += term(priorIndex, x);
        }
        return StrictMath.log(sum / kernels);
    }

    private double term(final int kernel, final double x)
    {
        final double z = (x - mus[kernel]) * inverseSigmas[kernel];
        final double halfSquare = 0.5 * z * z;
        return halfSquare < NEGLIGIBLE_LOG_RATIO ? scales[kernel] * expMemo.exp(-halfSquare) : 0.0;
    }

    /**
     * Standard normal CDF via the complementary error function (Chebyshev fit, relative error below 1.2e-7).
     */
    private double normalCdf(final double x)
    {
        // Kernel centres lie inside the domain, so a kernel's mass is at least one half and tails beyond 8.3
        // sigma (below 1e-16) do not change it; skipping them saves most of the exps of a fit.
        if (x > TAIL_SIGMAS)
        {
            return 1.0;
        }
        if (x < -TAIL_SIGMAS)
        {
            return 0.0;
        }
        return 0.5 * erfc(-x * SQRT_HALF);
    }

    private double erfc(final double x)
    {
        final double z = Math.abs(x);
        final double t = 1.0 / (1.0 + 0.5 * z);
        final double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
            t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
            t * (-0.82215223 + t * 0.17087277))))))));
        final double ans = t * expMemo.exp(poly);
        return x >= 0 ? ans : 2.0 - ans;
    }
}
