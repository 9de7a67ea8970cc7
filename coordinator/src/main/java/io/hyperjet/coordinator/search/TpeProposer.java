package io.hyperjet.coordinator.search;

import java.util.Arrays;

/**
 * Tree-structured Parzen Estimator, one dimension at a time. After {@code startup} random points, the observed
 * points are split by loss into the best {@code min(ceil(0.1 n), 25)} ("good") and the rest ("bad"); each dimension
 * gets a Parzen estimator l(x) of the good values and g(x) of the bad ones, {@code candidates} values are drawn from
 * l, and the one with the largest l(x) / g(x) is proposed. Integer and grid dimensions use continuous kernels over
 * the grid widened by half a step each side and snap the draw; categories use counts plus a uniform prior.
 * <p>
 * Cost: observations are kept sorted by loss with one binary-search insert per result (O(n) memory move), and the
 * bad estimator uses an evenly strided subsample of at most {@code maxBadKernels} bad points, so one proposal costs
 * O(d * candidates * (25 + maxBadKernels)) whatever the number of observations. On grid dimensions the snapped
 * candidates repeat often (the good estimator is peaked), so each distinct candidate of a dimension is scored once
 * per proposal and its score reused: the score is a pure function of the candidate and the two fits, so the choice
 * is the same as scoring every draw.
 * <p>
 * Once the 25 best results settle, most asks see the same good rows as the one before: each dimension keeps its own
 * good estimator, refitted only when those rows change, and reuses its log densities at repeated candidates. The
 * values a fit needs sorted are gathered by {@link SortedGather} (counting sort on grids). All of this leaves every
 * proposal bit-identical ({@code TpeIdentityTest} runs a frozen copy of the original side by side).
 */
final class TpeProposer implements Proposer
{
    private static final double GAMMA = 0.1;
    private static final int MAX_GOOD = 25;
    private static final double PRIOR_WEIGHT = 1.0;

    private final SearchSpace space;
    private final int dimensions;
    private final int startup;
    private final int candidates;
    private final int maxBadKernels;
    private final ParzenEstimator[] goodEstimators;
    private final ParzenEstimator badEstimator = new ParzenEstimator();
    private final SortedGather sortedGather;
    private final int[] goodRows;
    private final int[] fittedGoodRows;
    private int fittedGoods;
    private final int[] badRows;
    private final double[] values;
    private final double[] goodCounts;
    private final double[] badCounts;
    private final double[] scores;
    private final double[] scoredCandidates;
    private final double[] candidateScores;

    private double[] coordinates;
    private double[] losses;
    private int[] byLoss;
    private int count;

    TpeProposer(final SearchSpace space, final int startup, final int candidates, final int maxBadKernels)
    {
        if (startup < 1 || candidates < 1 || maxBadKernels < 1)
        {
            throw new IllegalArgumentException("TPE needs startup, candidates and maxBadKernels >= 1: startup=" +
                startup + ", candidates=" + candidates + ", maxBadKernels=" + maxBadKernels);
        }
        this.space = space;
        this.dimensions = space.size();
        this.startup = startup;
        this.candidates = candidates;
        this.maxBadKernels = maxBadKernels;
        this.sortedGather = new SortedGather(space);
        this.goodRows = new int[MAX_GOOD];
        this.fittedGoodRows = new int[MAX_GOOD];
        this.goodEstimators = new ParzenEstimator[dimensions];
        for (int i = 0; i < dimensions; i++)
        {
            goodEstimators[i] = space.dimension(i).isCategorical() ? null : new ParzenEstimator();
        }
        this.badRows = new int[maxBadKernels];
        this.values = new double[Math.max(MAX_GOOD, maxBadKernels)];
        int maxCategories = 1;
        for (final Dimension dimension : space.dimensions())
        {
            if (dimension.isCategorical())
            {
                maxCategories = Math.max(maxCategories, dimension.categories().size());
            }
        }
        this.goodCounts = new double[maxCategories];
        this.badCounts = new double[maxCategories];
        this.scores = new double[maxCategories];
        this.scoredCandidates = new double[candidates];
        this.candidateScores = new double[candidates];
        this.coordinates = new double[64 * dimensions];
        this.losses = new double[64];
        this.byLoss = new int[64];
    }

    @Override
    public void observe(final double[] point, final double loss)
    {
        if (count == losses.length)
        {
            losses = Arrays.copyOf(losses, count * 2);
            byLoss = Arrays.copyOf(byLoss, count * 2);
            coordinates = Arrays.copyOf(coordinates, count * 2 * dimensions);
        }
        System.arraycopy(point, 0, coordinates, count * dimensions, dimensions);
        sortedGather.observe(count, point);
        losses[count] = loss;
        int lo = 0;
        int hi = count;
        while (lo < hi)
        {
            final int mid = (lo + hi) >>> 1;
            if (losses[byLoss[mid]] <= loss)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        System.arraycopy(byLoss, lo, byLoss, lo + 1, count - lo);
        byLoss[lo] = count;
        count++;
    }

    @Override
    public void propose(final long epoch, final SeededRandom rng, final double[] out)
    {
        if (count < startup)
        {
            for (int i = 0; i < dimensions; i++)
            {
                out[i] = space.dimension(i).sampleUniform(rng);
            }
            return;
        }
        final int goods = Math.min(MAX_GOOD, (int)Math.ceil(GAMMA * count));
        System.arraycopy(byLoss, 0, goodRows, 0, goods);
        final int badTotal = count - goods;
        final int bads = Math.min(maxBadKernels, badTotal);
        for (int j = 0; j < bads; j++)
        {
            badRows[j] = byLoss[goods + (int)((j + 0.5) * badTotal / bads)];
        }
        final boolean refitGood = goods != fittedGoods || !Arrays.equals(goodRows, 0, goods, fittedGoodRows, 0, goods);
        if (refitGood)
        {
            System.arraycopy(goodRows, 0, fittedGoodRows, 0, goods);
            fittedGoods = goods;
        }
        for (int i = 0; i < dimensions; i++)
        {
            final Dimension dimension = space.dimension(i);
            out[i] = dimension.isCategorical() ? proposeCategory(i, dimension, goods, bads, rng) :
                proposeNumeric(i, dimension, goods, bads, refitGood, rng);
        }
    }

    private double proposeNumeric(
        final int dim,
        final Dimension dimension,
        final int goods,
        final int bads,
        final boolean refitGood,
        final SeededRandom rng)
    {
        final ParzenEstimator goodEstimator = goodEstimators[dim];
        final double halfStep = dimension.isContinuous() ? 0 : 0.5;
        final double low = dimension.low() - halfStep;
        final double high = dimension.high() + halfStep;
        if (refitGood)
        {
            sortedGather.gatherSorted(goodRows, goods, dim, coordinates, values);
            goodEstimator.fit(values, goods, low, high);
        }
        sortedGather.gatherSorted(badRows, bads, dim, coordinates, values);
        badEstimator.fit(values, bads, low, high);

        double best = Double.NaN;
        double bestScore = Double.NEGATIVE_INFINITY;
        int scored = 0;
        for (int c = 0; c < candidates; c++)
        {
            final double x = dimension.snap(goodEstimator.sample(rng));
            final long bits = Double.doubleToRawLongBits(x);
            int k = 0;
            while (k < scored && Double.doubleToRawLongBits(scoredCandidates[k]) != bits)
            {
                k++;
            }
            if (k == scored)
            {
                scoredCandidates[k] = x;
                candidateScores[k] = goodEstimator.logDensityMemo(x) - badEstimator.logDensity(x);
                scored++;
            }
            final double score = candidateScores[k];
            if (score > bestScore || Double.isNaN(best))
            {
                bestScore = score;
                best = x;
            }
        }
        return best;
    }

    private double proposeCategory(
        final int dim, final Dimension dimension, final int goods, final int bads, final SeededRandom rng)
    {
        final int categories = dimension.categories().size();
        countCategories(goodRows, goods, dim, categories, goodCounts);
        countCategories(badRows, bads, dim, categories, badCounts);
        final double goodTotal = goods + PRIOR_WEIGHT;
        final double badTotal = bads + PRIOR_WEIGHT;
        for (int k = 0; k < categories; k++)
        {
            scores[k] = StrictMath.log(goodCounts[k] / goodTotal) - StrictMath.log(badCounts[k] / badTotal);
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates; c++)
        {
            double u = rng.nextDouble() * goodTotal;
            int category = 0;
            while (category < categories - 1 && u >= goodCounts[category])
            {
                u -= goodCounts[category];
                category++;
            }
            if (scores[category] > bestScore)
            {
                bestScore = scores[category];
                best = category;
            }
        }
        return best;
    }

    private void countCategories(
        final int[] rows, final int n, final int dim, final int categories, final double[] counts)
    {
        final double prior = PRIOR_WEIGHT / categories;
        for (int k = 0; k < categories; k++)
        {
            counts[k] = prior;
        }
        for (int j = 0; j < n; j++)
        {
            counts[(int)coordinates[rows[j] * dimensions + dim]] += 1;
        }
    }
}
