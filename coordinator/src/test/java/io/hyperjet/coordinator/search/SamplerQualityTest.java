package io.hyperjet.coordinator.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model-based samplers must find better points than random search on a smooth bowl. Averaged over fixed seeds, so
 * the outcome is deterministic; the margins are wide so that tuning does not break them.
 */
class SamplerQualityTest
{
    private static final int SEEDS = 8;
    private static final int EPOCHS = 300;
    private static final SearchSpace SPACE = new SearchSpace(List.of(
        Dimension.real("a", -5, 5),
        Dimension.real("b", -5, 5),
        Dimension.integer("c", -50, 50),
        Dimension.decimal("d", -5, 5, 2),
        Dimension.categorical("e", List.of("x", "y", "z", "w"))));

    @Test
    void shouldMakeTpeBeatRandomSearch()
    {
        final double random = meanBest(SamplerKind.RANDOM);
        final double tpe = meanBest(SamplerKind.TPE);
        assertTrue(tpe < 0.5 * random, "tpe=" + tpe + " random=" + random);
    }

    @Test
    void shouldMakeCmaEsBeatRandomSearch()
    {
        final double random = meanBest(SamplerKind.RANDOM);
        final double cmaes = meanBest(SamplerKind.CMAES);
        assertTrue(cmaes < 0.5 * random, "cmaes=" + cmaes + " random=" + random);
    }

    @Test
    void shouldMakeNsga2BeatRandomSearch()
    {
        final double random = meanBest(SamplerKind.RANDOM);
        final double nsga2 = meanBest(SamplerKind.NSGA2);
        assertTrue(nsga2 < 0.75 * random, "nsga2=" + nsga2 + " random=" + random);
    }

    private static double meanBest(final SamplerKind kind)
    {
        double sum = 0;
        for (int seed = 0; seed < SEEDS; seed++)
        {
            final Sampler sampler = Samplers.create(kind, SPACE, seed, new SamplerOptions());
            double best = Double.MAX_VALUE;
            for (int e = 0; e < EPOCHS; e++)
            {
                final Point point = sampler.ask();
                final double loss = bowl(point);
                best = Math.min(best, loss);
                sampler.tell(point, loss);
            }
            sum += best;
        }
        return sum / SEEDS;
    }

    private static double bowl(final Point point)
    {
        final double a = point.coordinate(0) - 1.3;
        final double b = point.coordinate(1) + 2.1;
        final double c = (point.coordinate(2) - 17) / 10.0;
        final double d = point.coordinate(3) / 100.0 - 0.7;
        return a * a + b * b + c * c + d * d + (point.coordinate(4) == 2 ? 0 : 1);
    }
}
