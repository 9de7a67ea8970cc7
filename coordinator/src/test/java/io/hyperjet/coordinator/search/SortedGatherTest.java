package io.hyperjet.coordinator.search;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@link SortedGather} must give exactly the array {@link Arrays#sort(double[], int, int)} gives, bit for bit, for
 * random subsets of random observations: grids of every size, reals, coordinates off the grid, and -0.0 beside 0.0
 * (which share a grid index and must not be merged).
 */
class SortedGatherTest
{
    private static final int ROUNDS = 3000;

    @Test
    void shouldGatherWhatArraysSortGivesOverManyRandomCases()
    {
        final SeededRandom rng = new SeededRandom(42);
        int counted = 0;
        for (int round = 0; round < ROUNDS; round++)
        {
            final int width = 1 + rng.nextInt(round % 3 == 0 ? 4 : 400);
            final long low = rng.nextInt(40) - 20;
            final SearchSpace space = new SearchSpace(List.of(
                Dimension.integer("grid", low, low + width - 1),
                Dimension.real("real", -1, 1),
                Dimension.decimal("decimal", -0.05, 0.05, 2)));
            final SortedGather gather = new SortedGather(space);
            final int observations = 1 + rng.nextInt(600);
            final double[] coordinates = new double[observations * space.size()];
            final int fault = rng.nextInt(4);
            final double[] point = new double[space.size()];
            for (int row = 0; row < observations; row++)
            {
                for (int d = 0; d < point.length; d++)
                {
                    point[d] = space.dimension(d).snap(space.dimension(d).sampleUniform(rng));
                }
                if (fault == 1 && rng.nextInt(50) == 0)
                {
                    point[0] += 0.25;
                }
                if (fault == 2 && point[2] == 0.0 && rng.nextInt(2) == 0)
                {
                    point[2] = -0.0;
                }
                System.arraycopy(point, 0, coordinates, row * point.length, point.length);
                gather.observe(row, point);
            }
            final int n = rng.nextInt(Math.min(observations, 250) + 1);
            final int[] rows = new int[n];
            for (int j = 0; j < n; j++)
            {
                rows[j] = rng.nextInt(observations);
            }
            for (int dim = 0; dim < space.size(); dim++)
            {
                final double[] expected = new double[n];
                for (int j = 0; j < n; j++)
                {
                    expected[j] = coordinates[rows[j] * space.size() + dim];
                }
                Arrays.sort(expected);
                final double[] actual = new double[n + 3];
                gather.gatherSorted(rows, n, dim, coordinates, actual);
                for (int j = 0; j < n; j++)
                {
                    if (Double.doubleToRawLongBits(expected[j]) != Double.doubleToRawLongBits(actual[j]))
                    {
                        fail("round " + round + ", dimension " + space.dimension(dim) + ", n " + n + ", index " + j +
                            ": expected " + expected[j] + ", gathered " + actual[j]);
                    }
                }
                counted += n >= 32 && dim != 1 ? 1 : 0;
            }
        }
        assertEquals(true, counted > ROUNDS / 2, "counting path exercised: " + counted);
    }
}
