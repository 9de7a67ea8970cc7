package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplerTest
{
    private static final int EPOCHS = 150;

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void shouldRepeatPointsForSameSeed(final SamplerKind kind)
    {
        final List<Point> first = SearchFixtures.sequential(sampler(kind, 42), EPOCHS);
        final List<Point> second = SearchFixtures.sequential(sampler(kind, 42), EPOCHS);
        assertEquals(first, second);
        assertEquals(randomFlags(first), randomFlags(second));
    }

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void shouldDifferAcrossSeeds(final SamplerKind kind)
    {
        final List<Point> first = SearchFixtures.sequential(sampler(kind, 1), EPOCHS);
        final List<Point> second = SearchFixtures.sequential(sampler(kind, 2), EPOCHS);
        assertNotEquals(first.subList(0, 5), second.subList(0, 5));
        assertNotEquals(first.subList(EPOCHS - 5, EPOCHS), second.subList(EPOCHS - 5, EPOCHS));
    }

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void shouldStayInsideTheSpace(final SamplerKind kind)
    {
        final SearchSpace space = SearchFixtures.mixedSpace();
        for (final Point point : SearchFixtures.sequential(sampler(kind, 5), EPOCHS))
        {
            for (int i = 0; i < space.size(); i++)
            {
                final Dimension dimension = space.dimension(i);
                final double x = point.coordinate(i);
                assertTrue(x >= dimension.low() && x <= dimension.high(), dimension + " got " + x);
                assertEquals(dimension.snap(x), x, dimension + " got off-grid " + x);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void shouldNeverRepeatAPointInATinyGrid(final SamplerKind kind)
    {
        final Sampler sampler = Samplers.create(kind, tinyGrid(), 3, new SamplerOptions().nsga2Population(4));
        final Set<Point> seen = new HashSet<>();
        for (int e = 0; e < 12; e++)
        {
            final Point point = sampler.ask();
            assertTrue(seen.add(point), "repeated " + point);
            sampler.tell(point, point.coordinate(0) + point.coordinate(1));
        }
    }

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void shouldReportExhaustionOnceEveryPointIsAsked(final SamplerKind kind)
    {
        final Sampler sampler = Samplers.create(kind, tinyGrid(), 3, new SamplerOptions().nsga2Population(4));
        for (int e = 0; e < 12; e++)
        {
            assertFalse(sampler.exhausted());
            final Point point = sampler.ask();
            sampler.tell(point, point.coordinate(0));
        }
        assertTrue(sampler.exhausted());
        final IllegalStateException ex = assertThrows(IllegalStateException.class, sampler::ask);
        assertEquals("search space exhausted: all 12 points asked", ex.getMessage());
    }

    @Test
    void shouldMarkRandomFallbackWhenProposerRepeats()
    {
        final Proposer constant = new Proposer()
        {
            @Override
            public void propose(final long epoch, final SeededRandom rng, final double[] out)
            {
                out[0] = 1;
                out[1] = 2;
            }

            @Override
            public void observe(final double[] coordinates, final double loss)
            {
            }
        };
        final Sampler sampler = new Sampler(tinyGrid(), constant, 9);
        final Point first = sampler.ask();
        assertEquals(new Point(new double[]{1, 2}, false), first);
        assertFalse(first.isRandom());
        for (int e = 1; e < 12; e++)
        {
            final Point point = sampler.ask();
            assertTrue(point.isRandom());
            assertNotEquals(first, point);
        }
    }

    @Test
    void shouldGiveDifferentHaltonAndSobolSequences()
    {
        final SearchSpace space = SearchFixtures.mixedSpace();
        final List<Point> sobol = SearchFixtures.sequential(Samplers.create(SamplerKind.QMC, space, 1,
            new SamplerOptions()), 20);
        final List<Point> halton = SearchFixtures.sequential(Samplers.create(SamplerKind.QMC, space, 1,
            new SamplerOptions().qmcHalton(true)), 20);
        assertNotEquals(sobol, halton);
    }

    @Test
    void shouldSpreadQmcPointsEvenly()
    {
        final SearchSpace space = new SearchSpace(List.of(Dimension.real("x", 0, 1), Dimension.real("y", 0, 1)));
        for (final boolean halton : new boolean[]{false, true})
        {
            final Sampler sampler = Samplers.create(SamplerKind.QMC, space, 11, new SamplerOptions().qmcHalton(halton));
            final int[] cells = new int[16];
            for (int e = 0; e < 64; e++)
            {
                final Point point = sampler.ask();
                cells[(int)(point.coordinate(0) * 4) * 4 + (int)(point.coordinate(1) * 4)]++;
                sampler.tell(point, 0);
            }
            for (final int cell : cells)
            {
                assertTrue(cell >= 2 && cell <= 6, "uneven cell count " + cell + " halton=" + halton);
            }
        }
    }

    static Sampler sampler(final SamplerKind kind, final long seed)
    {
        return Samplers.create(kind, SearchFixtures.mixedSpace(), seed, new SamplerOptions().nsga2Population(20));
    }

    private static SearchSpace tinyGrid()
    {
        return new SearchSpace(List.of(
            Dimension.integer("a", 0, 2),
            Dimension.categorical("b", List.of("x", "y", "z", "w"))));
    }

    private static List<Boolean> randomFlags(final List<Point> points)
    {
        final List<Boolean> flags = new ArrayList<>();
        for (final Point point : points)
        {
            flags.add(point.isRandom());
        }
        return flags;
    }
}
