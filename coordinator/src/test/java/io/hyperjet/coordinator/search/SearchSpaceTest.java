package io.hyperjet.coordinator.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchSpaceTest
{
    @Test
    void shouldGiveTypedValuesInDimensionOrder()
    {
        final SearchSpace space = SearchFixtures.mixedSpace();
        final Map<String, Object> values = space.values(new Point(new double[]{7, 125, 0.25, 2}, false));
        assertEquals(List.of("i", "d", "r", "c"), List.copyOf(values.keySet()));
        assertEquals(List.of(7, 0.125, 0.25, "c"), List.copyOf(values.values()));
    }

    @Test
    void shouldEncodeTypedValuesBackToThePoint()
    {
        final SearchSpace space = SearchFixtures.mixedSpace();
        final Point point = new Point(new double[]{-5, 350, -0.75, 1}, false);
        assertEquals(point, space.encode(space.values(point)));
    }

    @Test
    void shouldCountPointsOfFiniteSpace()
    {
        final SearchSpace space = new SearchSpace(List.of(
            Dimension.integer("a", 0, 2), Dimension.decimal("b", 0.1, 0.5, 1), Dimension.categorical("c",
                List.of(true, false))));
        assertEquals(3 * 5 * 2, space.totalPoints());
        assertEquals(Long.MAX_VALUE, SearchFixtures.mixedSpace().totalPoints());
    }

    @Test
    void shouldRejectDuplicateDimensionNames()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> new SearchSpace(List.of(Dimension.integer("a", 0, 2), Dimension.real("a", 0, 1))));
        assertEquals("duplicate dimension name a", ex.getMessage());
    }
}
