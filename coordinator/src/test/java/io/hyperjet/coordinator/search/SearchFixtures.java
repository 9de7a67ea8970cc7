package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared spaces and objectives for the sampler tests.
 */
final class SearchFixtures
{
    private SearchFixtures()
    {
    }

    /**
     * A space with one dimension of each kind.
     */
    static SearchSpace mixedSpace()
    {
        return new SearchSpace(List.of(
            Dimension.integer("i", -5, 20),
            Dimension.decimal("d", 0.01, 0.35, 3),
            Dimension.real("r", -1, 1),
            Dimension.categorical("c", List.of("a", "b", "c"))));
    }

    /**
     * A deterministic loss over {@link #mixedSpace()} with its optimum inside the ranges.
     */
    static double mixedLoss(final Point point)
    {
        final double i = point.coordinate(0) - 7;
        final double d = point.coordinate(1) / 1000.0 - 0.2;
        final double r = point.coordinate(2) - 0.3;
        final double c = point.coordinate(3) == 1 ? 0 : 1;
        return i * i / 100 + d * d * 10 + r * r + c;
    }

    /**
     * Asks {@code epochs} points with every result told at once.
     */
    static List<Point> sequential(final Sampler sampler, final int epochs)
    {
        final List<Point> points = new ArrayList<>();
        for (int e = 0; e < epochs; e++)
        {
            final Point point = sampler.ask();
            points.add(point);
            sampler.tell(point, mixedLoss(point));
        }
        return points;
    }
}
