package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The optimized {@link TpeProposer} must propose exactly what the frozen {@link ReferenceTpeProposer} proposes, bit
 * for bit, for every epoch: runs side by side over several spaces (grids small and large, reals, categories, the
 * W1 shape), seeds (one per run), lags, TPE settings and loss shapes (smooth, tied, infinite), each proposal compared before
 * either proposer is told anything.
 */
class TpeIdentityTest
{
    private static final int[] LAGS = {1, 4, 17};

    @Test
    void shouldProposeBitIdenticalPointsToTheReferenceOverManyRuns()
    {
        int runs = 0;
        for (final SearchSpace space : spaces())
        {
            for (final int lag : LAGS)
            {
                for (int lossShape = 0; lossShape < 3; lossShape++)
                {
                    runs++;
                    compare(space, runs * 7919L, lag, lossShape, 300, SamplerOptions.TPE_STARTUP_DEFAULT,
                        SamplerOptions.TPE_CANDIDATES_DEFAULT, SamplerOptions.TPE_MAX_BAD_KERNELS_DEFAULT);
                }
            }
        }
        assertEquals(spaces().size() * LAGS.length * 3, runs);
    }

    @Test
    void shouldProposeBitIdenticalPointsWithOtherTpeSettings()
    {
        final SearchSpace space = w1Space();
        compare(space, 11, 4, 0, 300, 1, 1, 1);
        compare(space, 12, 2, 1, 300, 3, 64, 7);
        compare(space, 13, 1, 2, 300, 25, 5, 400);
        compare(SearchFixtures.mixedSpace(), 14, 3, 1, 300, 2, 100, 30);
    }

    @Test
    void shouldProposeBitIdenticalPointsOverALongW1ShapedRun()
    {
        compare(w1Space(), 1, 4, 0, 2000, SamplerOptions.TPE_STARTUP_DEFAULT,
            SamplerOptions.TPE_CANDIDATES_DEFAULT, SamplerOptions.TPE_MAX_BAD_KERNELS_DEFAULT);
    }

    private static void compare(
        final SearchSpace space,
        final long seed,
        final int lag,
        final int lossShape,
        final int epochs,
        final int startup,
        final int candidates,
        final int maxBadKernels)
    {
        final Proposer reference = new ReferenceTpeProposer(space, startup, candidates, maxBadKernels);
        final Proposer optimized = new TpeProposer(space, startup, candidates, maxBadKernels);
        final List<double[]> proposed = new ArrayList<>();
        final double[] expected = new double[space.size()];
        final double[] actual = new double[space.size()];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            if (epoch - lag >= 1)
            {
                final double[] point = proposed.get(epoch - lag - 1);
                final double loss = loss(space, point, lossShape, epoch - lag);
                reference.observe(point.clone(), loss);
                optimized.observe(point.clone(), loss);
            }
            reference.propose(epoch, SeededRandom.forEpoch(seed, epoch), expected);
            optimized.propose(epoch, SeededRandom.forEpoch(seed, epoch), actual);
            for (int d = 0; d < expected.length; d++)
            {
                if (Double.doubleToRawLongBits(expected[d]) != Double.doubleToRawLongBits(actual[d]))
                {
                    fail("proposal differs: space " + space + ", seed " + seed + ", lag " + lag + ", loss shape " +
                        lossShape + ", epoch " + epoch + ", dimension " + space.dimension(d).name() + ": reference " +
                        expected[d] + ", optimized " + actual[d]);
                }
            }
            proposed.add(expected.clone());
        }
    }

    /**
     * Shape 0 smooth with a hashed ripple, 1 the same rounded to one decimal (many ties), 2 like 0 with every
     * seventh epoch infinite (failed epochs).
     */
    private static double loss(final SearchSpace space, final double[] point, final int shape, final int epoch)
    {
        double sum = 0;
        long hash = 17;
        for (int d = 0; d < point.length; d++)
        {
            final double u = space.dimension(d).toUnit(point[d]) - 0.3 - 0.05 * d;
            sum += u * u;
            hash = hash * 1_000_003 + Double.doubleToLongBits(point[d]);
        }
        final double value = sum + 0.1 * ((hash >>> 40) & 0xFFFF) / 65536.0;
        switch (shape)
        {
            case 1:
                return Math.rint(value * 10) / 10;
            case 2:
                return epoch % 7 == 0 ? Double.POSITIVE_INFINITY : value;
            default:
                return value;
        }
    }

    private static List<SearchSpace> spaces()
    {
        return List.of(
            w1Space(),
            SearchFixtures.mixedSpace(),
            new SearchSpace(List.of(Dimension.integer("tiny", 0, 2), Dimension.integer("pair", 5, 6),
                Dimension.integer("one", 3, 3))),
            new SearchSpace(List.of(Dimension.real("a", -1, 1), Dimension.real("b", 0, 1e-3),
                Dimension.real("c", -50, 1e6))),
            new SearchSpace(List.of(Dimension.decimal("wide", -10, 10, 4),
                Dimension.categorical("cat", List.of("x", "y", "z", "w")), Dimension.integer("neg", -30, -1))));
    }

    private static SearchSpace w1Space()
    {
        final List<Dimension> dimensions = new ArrayList<>(List.of(
            Dimension.integer("buy_rsi", 1, 50), Dimension.integer("exit_short_rsi", 1, 50),
            Dimension.integer("sell_rsi", 50, 100), Dimension.integer("short_rsi", 51, 100)));
        dimensions.addAll(FreqtradeSpaces.roi(5));
        dimensions.addAll(FreqtradeSpaces.stoploss());
        return new SearchSpace(dimensions);
    }
}
