package io.hyperjet.coordinator.search;

import java.util.Arrays;

/**
 * Gathers one dimension's coordinates of chosen observations into an array sorted ascending, for the Parzen fits
 * of {@link TpeProposer}. Integer and decimal grids are sorted by counting: each observation's grid index is kept
 * when it is told, so a gather is a histogram pass plus a walk over the span of indices seen, instead of a
 * comparison sort of a few hundred doubles on every ask. The output is the same array {@link Arrays#sort} would
 * give: a grid index stands for one coordinate's exact bits, and a dimension where two different bit patterns
 * share an index (e.g. -0.0 and 0.0) falls back to {@link Arrays#sort} for good, as do reals, wide grids and small
 * gathers.
 * <p>
 * Not threadsafe.
 */
final class SortedGather
{
    private static final int MAX_CARDINALITY = 1 << 16;
    private static final int MIN_COUNTED = 32;

    private final int dimensions;
    private final double[] lows;
    private final boolean[] counted;
    private final double[][] gridValues;
    private final int[] counts;
    private int[] gridIndices;

    SortedGather(final SearchSpace space)
    {
        this.dimensions = space.size();
        this.lows = new double[dimensions];
        this.counted = new boolean[dimensions];
        this.gridValues = new double[dimensions][];
        int widest = 0;
        for (int d = 0; d < dimensions; d++)
        {
            final Dimension dimension = space.dimension(d);
            lows[d] = dimension.low();
            if (!dimension.isContinuous() && !dimension.isCategorical() &&
                dimension.cardinality() <= MAX_CARDINALITY)
            {
                counted[d] = true;
                gridValues[d] = new double[(int)dimension.cardinality()];
                Arrays.fill(gridValues[d], Double.NaN);
                widest = Math.max(widest, gridValues[d].length);
            }
        }
        this.counts = new int[widest];
        this.gridIndices = new int[64 * dimensions];
    }

    /**
     * Records the grid indices of observation {@code row}'s coordinates; rows are told in order 0, 1, 2, ...
     */
    void observe(final int row, final double[] point)
    {
        if ((row + 1) * dimensions > gridIndices.length)
        {
            gridIndices = Arrays.copyOf(gridIndices, gridIndices.length * 2);
        }
        for (int d = 0; d < dimensions; d++)
        {
            if (!counted[d])
            {
                continue;
            }
            final double offset = point[d] - lows[d];
            final int index = (int)offset;
            final double[] values = gridValues[d];
            if (index != offset || index < 0 || index >= values.length)
            {
                counted[d] = false;
                continue;
            }
            if (Double.isNaN(values[index]))
            {
                values[index] = point[d];
            }
            else if (Double.doubleToRawLongBits(values[index]) != Double.doubleToRawLongBits(point[d]))
            {
                counted[d] = false;
                continue;
            }
            gridIndices[row * dimensions + d] = index;
        }
    }

    /**
     * @param rows        observation rows to gather.
     * @param n           how many of {@code rows}.
     * @param dim         the dimension.
     * @param coordinates every observation's coordinates, row-major.
     * @param out         receives the n coordinates, sorted ascending.
     */
    void gatherSorted(final int[] rows, final int n, final int dim, final double[] coordinates, final double[] out)
    {
        if (!counted[dim] || n < MIN_COUNTED)
        {
            for (int j = 0; j < n; j++)
            {
                out[j] = coordinates[rows[j] * dimensions + dim];
            }
            Arrays.sort(out, 0, n);
            return;
        }
        int lowest = Integer.MAX_VALUE;
        int highest = -1;
        for (int j = 0; j < n; j++)
        {
            final int index = gridIndices[rows[j] * dimensions + dim];
            counts[index]++;
            lowest = Math.min(lowest, index);
            highest = Math.max(highest, index);
        }
        final double[] values = gridValues[dim];
        int k = 0;
        for (int index = lowest; index <= highest; index++)
        {
            final double value = values[index];
            for (int c = counts[index]; c > 0; c--)
            {
                out[k++] = value;
            }
            counts[index] = 0;
        }
    }
}
