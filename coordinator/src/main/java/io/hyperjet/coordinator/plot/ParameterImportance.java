package io.hyperjet.coordinator.plot;

import java.util.Arrays;

/**
 * How much of the spread in loss one parameter explains: the correlation ratio (eta squared) of the epochs' loss
 * ranks over the parameter's values in bins. Bins are the parameter's distinct values when it has at most
 * {@link #BINS} of them (always for a categorical one), else {@link #BINS} bins of equal epoch count by value.
 * eta^2 = sum over bins of n_b (mean rank_b - mean rank)^2 / sum over epochs of (rank - mean rank)^2, between 0 (the
 * bins all have the same average rank) and 1 (the bin alone decides the rank). Ranks, not losses, so that a few
 * huge losses (epochs without trades) do not decide it.
 */
final class ParameterImportance
{
    static final int BINS = 10;

    private ParameterImportance()
    {
    }

    /**
     * @param values the parameter's value per epoch (NaN: no value; such epochs are left out).
     * @param loss   the loss per epoch (not finite: left out).
     * @return eta squared in [0, 1]; 0 with fewer than two usable epochs.
     */
    static double etaSquared(final double[] values, final double[] loss)
    {
        int n = 0;
        final int[] use = new int[values.length];
        for (int i = 0; i < values.length; i++)
        {
            if (!Double.isNaN(values[i]) && Double.isFinite(loss[i]))
            {
                use[n++] = i;
            }
        }
        if (n < 2)
        {
            return 0.0;
        }
        final double[] rank = ranks(use, n, loss);
        final int[] bin = bins(use, n, values);
        int bins = 0;
        for (int k = 0; k < n; k++)
        {
            bins = Math.max(bins, bin[k] + 1);
        }
        final double[] sum = new double[bins];
        final int[] size = new int[bins];
        double mean = 0;
        for (int k = 0; k < n; k++)
        {
            sum[bin[k]] += rank[k];
            size[bin[k]]++;
            mean += rank[k];
        }
        mean /= n;
        double total = 0;
        for (int k = 0; k < n; k++)
        {
            total += (rank[k] - mean) * (rank[k] - mean);
        }
        if (0 == total)
        {
            return 0.0;
        }
        double between = 0;
        for (int b = 0; b < bins; b++)
        {
            if (size[b] > 0)
            {
                final double d = sum[b] / size[b] - mean;
                between += size[b] * d * d;
            }
        }
        return Math.min(1.0, between / total);
    }

    /** Average ranks (ties share their mean rank) of the used epochs' losses. */
    private static double[] ranks(final int[] use, final int n, final double[] loss)
    {
        final Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++)
        {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(loss[use[a]], loss[use[b]]));
        final double[] rank = new double[n];
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && loss[use[order[end]]] == loss[use[order[start]]])
            {
                end++;
            }
            final double r = (start + end - 1) / 2.0;
            for (int k = start; k < end; k++)
            {
                rank[order[k]] = r;
            }
            start = end;
        }
        return rank;
    }

    /** Bin index per used epoch: one per distinct value when there are at most BINS, else equal-count bins. */
    private static int[] bins(final int[] use, final int n, final double[] values)
    {
        final double[] sorted = new double[n];
        for (int k = 0; k < n; k++)
        {
            sorted[k] = values[use[k]];
        }
        Arrays.sort(sorted);
        int distinct = 1;
        for (int k = 1; k < n; k++)
        {
            if (sorted[k] != sorted[k - 1])
            {
                distinct++;
            }
        }
        final double[] edges;
        if (distinct <= BINS)
        {
            edges = new double[distinct];
            int e = 0;
            edges[e++] = sorted[0];
            for (int k = 1; k < n; k++)
            {
                if (sorted[k] != sorted[k - 1])
                {
                    edges[e++] = sorted[k];
                }
            }
        }
        else
        {
            // Lower edge of each equal-count bin; equal values never straddle two bins.
            edges = new double[BINS];
            for (int b = 0; b < BINS; b++)
            {
                edges[b] = sorted[(int) ((long) b * n / BINS)];
            }
        }
        final int[] bin = new int[n];
        for (int k = 0; k < n; k++)
        {
            final double v = values[use[k]];
            int b = Arrays.binarySearch(edges, v);
            if (b < 0)
            {
                b = -b - 2;
            }
            else
            {
                while (b + 1 < edges.length && edges[b + 1] == v)
                {
                    b++;
                }
            }
            bin[k] = Math.max(0, b);
        }
        return bin;
    }
}
