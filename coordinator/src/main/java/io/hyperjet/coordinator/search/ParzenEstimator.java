package io.hyperjet.coordinator.search;

import java.util.Arrays;

/**
 * One-dimensional Parzen estimator over {@code [low, high]} for TPE: a truncated Gaussian kernel per observation
 * plus a wide prior kernel at the centre, each with weight 1. A kernel's width is the larger gap to its sorted
 * neighbours, clipped to {@code [(high - low) / min(100, 1 + n), high - low]}, so that crowded observations give
 * sharp peaks and lone ones broad hills.
 * <p>
 * Observations of grid dimensions repeat a lot (a few dozen values, hundreds of observations), and equal neighbours
 * get equal widths, so runs of identical kernels are common. The fit stores each run of kernels equal to their
 * predecessor (same centre, same width, hence the same scale) once, with its length, and
 * {@link #logDensity(double)} computes one term per run and adds it once per kernel: the same values added in the
 * same order, so the sums are bit-identical to computing every term. A fit also starts a new generation of a small
 * memory of log densities by argument, so an estimator refitted from the same observations (as TPE's good
 * estimators are on most asks once the best results settle) can be kept and asked again at no cost.
 * <p>
 * Reused across fits; not threadsafe.
 */
final class ParzenEstimator
{
    private static final double SQRT_HALF = StrictMath.sqrt(0.5);
    private static final double NEGLIGIBLE_LOG_RATIO = 40;
    private static final double TAIL_SIGMAS = 8.3;
    private static final double REACH_SIGMAS = StrictMath.sqrt(2 * NEGLIGIBLE_LOG_RATIO);
    private static final int MEMO_BITS = 8;
    private static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;

    private double[] mus = new double[16];
    private double[] sigmas = new double[16];
    private double[] runMus = new double[16];
    private double[] runScales = new double[16];
    private double[] runInverseSigmas = new double[16];
    private int[] runLengths = new int[16];
    private final ExpMemo expMemo = new ExpMemo();
    private final long[] memoArguments = new long[1 << MEMO_BITS];
    private final double[] memoResults = new double[1 << MEMO_BITS];
    private final int[] memoGenerations = new int[1 << MEMO_BITS];
    private int generation;
    private int kernels;
    private int runs;
    private int priorRun;
    private double low;
    private double high;
    private int priorIndex;
    private double reach;

    /**
     * @param values observations, sorted ascending as {@link Arrays#sort(double[], int, int)} orders them.
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
            runMus = new double[capacity];
            runScales = new double[capacity];
            runInverseSigmas = new double[capacity];
            runLengths = new int[capacity];
        }
        if (++generation == 0)
        {
            // after 2^32 fits: forget every entry rather than mistake a very old one for this fit's
            Arrays.fill(memoGenerations, 0);
            generation = 1;
        }
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
        runs = 0;
        for (int i = 0; i < kernels; i++)
        {
            if (i != priorIndex)
            {
                widest = Math.max(widest, sigmas[i]);
            }
            if (i > 0 && Double.doubleToRawLongBits(mus[i]) == Double.doubleToRawLongBits(mus[i - 1]) &&
                sigmas[i] == sigmas[i - 1])
            {
                runLengths[runs - 1]++;
            }
            else
            {
                final double mass = normalCdf((high - mus[i]) / sigmas[i]) - normalCdf((low - mus[i]) / sigmas[i]);
                runMus[runs] = mus[i];
                runScales[runs] = 1.0 / (sigmas[i] * mass);
                runInverseSigmas[runs] = 1.0 / sigmas[i];
                runLengths[runs] = 1;
                runs++;
            }
            if (i == priorIndex)
            {
                priorRun = runs - 1;
            }
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
     * {@link #logDensity(double)} through the memory of this fit's results: the same value, computed once per
     * argument and fit.
     *
     * @return the log density at x, up to a constant shared by every estimator.
     */
    double logDensityMemo(final double x)
    {
        final long bits = Double.doubleToRawLongBits(x);
        final int slot = (int)((bits * HASH_MULTIPLIER) >>> (Long.SIZE - MEMO_BITS));
        if (memoGenerations[slot] == generation && memoArguments[slot] == bits)
        {
            return memoResults[slot];
        }
        final double result = logDensity(x);
        memoGenerations[slot] = generation;
        memoArguments[slot] = bits;
        memoResults[slot] = result;
        return result;
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
        final double[] centres = runMus;
        final double bound = x - reach;
        int first = 0;
        int last = runs;
        while (first < last)
        {
            final int mid = (first + last) >>> 1;
            if (centres[mid] < bound)
            {
                first = mid + 1;
            }
            else
            {
                last = mid;
            }
        }
        final double limit = x + reach;
        final int[] lengths = runLengths;
        final int end = runs;
        double sum = 0;
        int r = first;
        final double[] inverseSigmas = runInverseSigmas;
        final double[] scales = runScales;
        final long[] expArguments = expMemo.arguments;
        final double[] expResults = expMemo.results;
        for (; r < end && centres[r] <= limit; r++)
        {
            // term(r, x) written out, with ExpMemo's probe: same operations in the same order, no calls on a hit
            final double z = (x - centres[r]) * inverseSigmas[r];
            final double halfSquare = 0.5 * z * z;
            double term = 0.0;
            if (halfSquare < NEGLIGIBLE_LOG_RATIO)
            {
                final double exponent = -halfSquare;
                final long bits = Double.doubleToRawLongBits(exponent);
                final int slot = ExpMemo.slot(bits);
                term = scales[r] * (expArguments[slot] == bits ? expResults[slot] : expMemo.exp(exponent));
            }
            for (int k = lengths[r]; k > 0; k--)
            {
                sum += term;
            }
        }
        if (priorRun < first || priorRun >= r)
        {
            sum += term(priorRun, x);
        }
        return StrictMath.log(sum / kernels);
    }

    private double term(final int run, final double x)
    {
        final double z = (x - runMus[run]) * runInverseSigmas[run];
        final double halfSquare = 0.5 * z * z;
        return halfSquare < NEGLIGIBLE_LOG_RATIO ? runScales[run] * expMemo.exp(-halfSquare) : 0.0;
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
