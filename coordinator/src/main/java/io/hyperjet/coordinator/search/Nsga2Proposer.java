package io.hyperjet.coordinator.search;

import java.util.Arrays;

/**
 * NSGA-II reduced to its single objective: with one loss, non-dominated sorting is a sort by loss, so survival keeps
 * the {@code population} best of parents and offspring (elitist). Until the first population is complete, proposals
 * are uniform random. Afterwards each proposal picks two parents by binary tournament, crosses them (blend
 * crossover with alpha 0.5 on the unit scale for numeric dimensions, a fair coin for categories) and mutates each
 * dimension with probability 1/d by a uniform redraw.
 * <p>
 * Survival runs every {@code population} results, on the results told so far (epoch order), not on generations of
 * asks, so lagged results fit in naturally.
 */
final class Nsga2Proposer implements Proposer
{
    private static final double BLEND_ALPHA = 0.5;

    private final SearchSpace space;
    private final int n;
    private final int population;
    private final double mutationProbability;

    private double[][] parents;
    private double[] parentLoss;
    private int parentCount;
    private final double[][] pool;
    private final double[] poolLoss;
    private int poolCount;

    Nsga2Proposer(final SearchSpace space, final int population)
    {
        if (population < 2)
        {
            throw new IllegalArgumentException("NSGA-II population must be >= 2, was " + population);
        }
        this.space = space;
        this.n = space.size();
        this.population = population;
        this.mutationProbability = 1.0 / n;
        this.parents = new double[population][n];
        this.parentLoss = new double[population];
        this.pool = new double[2 * population][n];
        this.poolLoss = new double[2 * population];
    }

    @Override
    public void propose(final long epoch, final SeededRandom rng, final double[] out)
    {
        if (parentCount == 0)
        {
            for (int i = 0; i < n; i++)
            {
                out[i] = space.dimension(i).sampleUniform(rng);
            }
            return;
        }
        final double[] a = parents[tournament(rng)];
        final double[] b = parents[tournament(rng)];
        for (int i = 0; i < n; i++)
        {
            final Dimension dimension = space.dimension(i);
            double value;
            if (dimension.isCategorical())
            {
                value = rng.nextDouble() < 0.5 ? a[i] : b[i];
            }
            else
            {
                final double ua = dimension.toUnit(a[i]);
                final double ub = dimension.toUnit(b[i]);
                final double lo = Math.min(ua, ub);
                final double span = Math.abs(ua - ub);
                final double u = lo - BLEND_ALPHA * span + rng.nextDouble() * (1 + 2 * BLEND_ALPHA) * span;
                value = dimension.fromUnit(Math.min(1, Math.max(0, u)));
            }
            if (rng.nextDouble() < mutationProbability)
            {
                value = dimension.sampleUniform(rng);
            }
            out[i] = value;
        }
    }

    @Override
    public void observe(final double[] coordinates, final double loss)
    {
        final int slot = parentCount + poolCount;
        System.arraycopy(coordinates, 0, pool[poolCount], 0, n);
        poolLoss[poolCount] = loss;
        poolCount++;
        if (slot + 1 == (parentCount == 0 ? population : 2 * population))
        {
            survive();
        }
    }

    private int tournament(final SeededRandom rng)
    {
        final int first = rng.nextInt(parentCount);
        final int second = rng.nextInt(parentCount);
        return parentLoss[second] < parentLoss[first] ? second : first;
    }

    /**
     * Keeps the best {@code population} of parents plus pool; ties keep the earlier (parents first, then epoch
     * order), so the result is deterministic.
     */
    private void survive()
    {
        final int total = parentCount + poolCount;
        final double[][] all = new double[total][];
        final double[] allLoss = new double[total];
        for (int i = 0; i < parentCount; i++)
        {
            all[i] = parents[i];
            allLoss[i] = parentLoss[i];
        }
        for (int i = 0; i < poolCount; i++)
        {
            all[parentCount + i] = pool[i].clone();
            allLoss[parentCount + i] = poolLoss[i];
        }
        final Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++)
        {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(allLoss[x], allLoss[y]));
        final double[][] nextParents = new double[population][];
        final double[] nextLoss = new double[population];
        for (int i = 0; i < population; i++)
        {
            nextParents[i] = all[order[i]];
            nextLoss[i] = allLoss[order[i]];
        }
        parents = nextParents;
        parentLoss = nextLoss;
        parentCount = population;
        poolCount = 0;
    }
}
